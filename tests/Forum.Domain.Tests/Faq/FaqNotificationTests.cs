using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Faq;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Faq;

public sealed class FaqNotificationTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    private Task<List<Notification>> NotificationsOfAsync(string memberId, NotificationKind kind) =>
        _forum.QueryAsync(db => db.Notifications.Where(n => n.MemberId == memberId && n.Kind == kind).ToListAsync());

    [Fact]
    public async Task The_answerer_is_told_when_staff_verify_the_answer_and_when_it_becomes_an_article()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();

        var article = await steps.PublishedArticleAsync();

        var verified = Assert.Single(await NotificationsOfAsync(steps.Helper, NotificationKind.AnswerVerified));
        Assert.Contains("official answer", verified.Text);
        var promoted = Assert.Single(await NotificationsOfAsync(steps.Helper, NotificationKind.AnswerPromoted));
        Assert.Equal($"/faq/{article.Slug}", promoted.Link);
    }

    [Fact]
    public async Task The_proposer_hears_the_outcome_of_the_review_with_the_staff_comment_by_email()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var article = await steps.PublishedArticleAsync();
        var trusted = await _forum.CreateMemberAsync("trusted", 500);
        var current = (await _forum.SendAsync(null, new GetFaqArticle(article.Slug))).Article;
        var proposed = await _forum.SendAsync(trusted, new ProposeFaqRevision(article.Slug, current.BodyMarkdown + "\n\nRestart twice.", "Extra step", current.CurrentRevisionId));

        await _forum.SendAsync(steps.Staff, new RejectFaqRevision(proposed.RevisionId, "Restarting twice is not needed."), Roles.Staff);

        var told = Assert.Single(await NotificationsOfAsync(trusted, NotificationKind.FaqRevisionReviewed));
        Assert.Contains("was not accepted", told.Text);
        var email = await _forum.QueryAsync(db => db.OutboxMessages.Where(m => m.MemberId == trusted).Select(m => m.HtmlBody).SingleAsync());
        Assert.Contains("Restarting twice is not needed.", email);
    }
}
