using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Faq;
using Forum.Domain.Tests.Harness;

namespace Forum.Domain.Tests.Faq;

public sealed class FaqRevisionTests : IDisposable
{
    private const string NewText = "Open **Settings → Sync**, choose *Disconnect this device* and keep local data, then sign in again.";
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    [Fact]
    public async Task A_trusted_member_proposes_an_edit_that_is_public_only_once_staff_approve_it()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var article = await steps.PublishedArticleAsync();
        var trusted = await _forum.CreateMemberAsync("trusted", 500);
        var current = (await _forum.SendAsync(null, new GetFaqArticle(article.Slug))).Article;

        var proposed = await _forum.SendAsync(trusted, new ProposeFaqRevision(article.Slug, NewText, "Clearer steps", current.CurrentRevisionId));

        Assert.Equal(2, proposed.Number);
        Assert.DoesNotContain("Clearer steps", (await _forum.SendAsync(null, new GetFaqHistory(article.Slug))).Revisions.Select(r => r.Summary));
        Assert.NotEqual(NewText, (await _forum.SendAsync(null, new GetFaqArticle(article.Slug))).Article.BodyMarkdown);
        var queue = await _forum.SendAsync(steps.Staff, new ListPendingFaqRevisions(), Roles.Staff);
        Assert.Equal(proposed.RevisionId, Assert.Single(queue).Id);
        Assert.Contains(queue[0].Changes, l => l.Kind == DiffKind.Added);

        _forum.Clock.Advance(TimeSpan.FromHours(1));
        await _forum.SendAsync(steps.Staff, new ApproveFaqRevision(proposed.RevisionId), Roles.Staff);

        var page = await _forum.SendAsync(null, new GetFaqArticle(article.Slug));
        Assert.Equal(NewText, page.Article.BodyMarkdown);
        Assert.Equal(proposed.RevisionId, page.Article.CurrentRevisionId);
        Assert.Equal(_forum.Clock.GetUtcNow(), page.Article.UpdatedAt);
        var history = await _forum.SendAsync(null, new GetFaqHistory(article.Slug));
        Assert.Equal([2, 1], history.Revisions.Select(r => r.Number).ToList());
        Assert.Contains(history.Diff!, l => l.Kind == DiffKind.Added && l.Text.Contains("keep local data"));
        Assert.Empty(await _forum.SendAsync(steps.Staff, new ListPendingFaqRevisions(), Roles.Staff));
    }

    [Fact]
    public async Task Proposing_needs_500_reputation_unless_staff()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var article = await steps.PublishedArticleAsync();
        var member = await _forum.CreateMemberAsync("member", 499);
        var baseId = (await _forum.SendAsync(null, new GetFaqArticle(article.Slug))).Article.CurrentRevisionId;

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(member, new ProposeFaqRevision(article.Slug, NewText, null, baseId)));
        Assert.Contains("500 reputation", refused.Message);
        await _forum.SendAsync(steps.Staff, new ProposeFaqRevision(article.Slug, NewText, null, baseId), Roles.Staff);
    }

    [Fact]
    public async Task An_edit_based_on_an_older_revision_is_refused_with_the_newer_text()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var article = await steps.PublishedArticleAsync();
        var first = await _forum.CreateMemberAsync("first", 600);
        var second = await _forum.CreateMemberAsync("second", 600);
        var baseId = (await _forum.SendAsync(null, new GetFaqArticle(article.Slug))).Article.CurrentRevisionId;
        var firstEdit = await _forum.SendAsync(first, new ProposeFaqRevision(article.Slug, NewText, "Clearer steps", baseId));
        var secondEdit = await _forum.SendAsync(second, new ProposeFaqRevision(article.Slug, NewText + "\n\nThis works on every platform.", "Platforms", baseId));
        await _forum.SendAsync(steps.Staff, new ApproveFaqRevision(firstEdit.RevisionId), Roles.Staff);

        var stale = await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(steps.Staff, new ApproveFaqRevision(secondEdit.RevisionId), Roles.Staff));
        var staleProposal = await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(second, new ProposeFaqRevision(article.Slug, "Yet another take on the steps to fix sync after a password change.", null, baseId)));

        Assert.Equal(NewText, stale.Details["currentBody"]);
        Assert.Equal(firstEdit.RevisionId, staleProposal.Details["currentRevisionId"]);
        Assert.Equal(NewText, staleProposal.Details["currentBody"]);
        Assert.Equal(NewText, (await _forum.SendAsync(null, new GetFaqArticle(article.Slug))).Article.BodyMarkdown);
    }

    [Fact]
    public async Task A_rejected_proposal_shows_its_comment_to_the_proposer_and_to_no_one_else()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var article = await steps.PublishedArticleAsync();
        var trusted = await _forum.CreateMemberAsync("trusted", 700);
        var baseId = (await _forum.SendAsync(null, new GetFaqArticle(article.Slug))).Article.CurrentRevisionId;
        var proposed = await _forum.SendAsync(trusted, new ProposeFaqRevision(article.Slug, NewText, "Shorter", baseId));

        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _forum.SendAsync(steps.Staff, new RejectFaqRevision(proposed.RevisionId, "  "), Roles.Staff));
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(trusted, new RejectFaqRevision(proposed.RevisionId, "No")));
        await _forum.SendAsync(steps.Staff, new RejectFaqRevision(proposed.RevisionId, "The old steps are still needed on Linux."), Roles.Staff);

        var mine = Assert.Single((await _forum.SendAsync(trusted, new GetFaqHistory(article.Slug))).Revisions, r => r.Id == proposed.RevisionId);
        Assert.Equal(FaqRevisionStatus.Rejected, mine.Status);
        Assert.Equal("The old steps are still needed on Linux.", mine.ReviewComment);
        Assert.DoesNotContain((await _forum.SendAsync(null, new GetFaqHistory(article.Slug))).Revisions, r => r.Id == proposed.RevisionId);
        await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(steps.Staff, new ApproveFaqRevision(proposed.RevisionId), Roles.Staff));
    }

    [Fact]
    public async Task Bad_proposals_are_refused_clearly()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var article = await steps.PublishedArticleAsync();
        var other = await steps.PublishedArticleAsync("Two-factor codes are always rejected as invalid");
        var trusted = await _forum.CreateMemberAsync("trusted", 700);
        var current = (await _forum.SendAsync(null, new GetFaqArticle(article.Slug))).Article;
        var otherBase = (await _forum.SendAsync(null, new GetFaqArticle(other.Slug))).Article.CurrentRevisionId;

        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _forum.SendAsync(trusted, new ProposeFaqRevision(article.Slug, "too short", null, current.CurrentRevisionId)));
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _forum.SendAsync(trusted, new ProposeFaqRevision("../etc/passwd", NewText, null, current.CurrentRevisionId)));
        await Assert.ThrowsAsync<RuleViolationException>(() => _forum.SendAsync(trusted, new ProposeFaqRevision(article.Slug, NewText, null, otherBase)));
        await Assert.ThrowsAsync<RuleViolationException>(() => _forum.SendAsync(trusted, new ProposeFaqRevision(article.Slug, current.BodyMarkdown, null, current.CurrentRevisionId)));
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(trusted, new ProposeFaqRevision("no-such-article", NewText, null, 1)));
        await _forum.SendAsync(trusted, new ProposeFaqRevision(article.Slug, NewText, null, current.CurrentRevisionId));
        await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(trusted, new ProposeFaqRevision(article.Slug, NewText + " Really.", null, current.CurrentRevisionId)));
    }

    [Fact]
    public async Task History_diffs_any_two_revisions()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var article = await steps.PublishedArticleAsync();
        var first = (await _forum.SendAsync(null, new GetFaqArticle(article.Slug))).Article.CurrentRevisionId;
        var second = await _forum.SendAsync(steps.Staff, new ProposeFaqRevision(article.Slug, NewText, "v2", first), Roles.Staff);
        await _forum.SendAsync(steps.Staff, new ApproveFaqRevision(second.RevisionId), Roles.Staff);

        var backwards = await _forum.SendAsync(null, new GetFaqHistory(article.Slug, From: second.RevisionId, To: first));

        Assert.Contains(backwards.Diff!, l => l.Kind == DiffKind.Removed && l.Text.Contains("keep local data"));
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(null, new GetFaqHistory(article.Slug, From: 999_999, To: first)));
    }
}
