using FluentValidation;
using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Notifications;
using Forum.Domain.Features.Questions;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Moderation;

/// <summary>The author of a hidden or removed post asks a moderator to look again, and hears the outcome.</summary>
public sealed class ReviewRequestTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    private async Task<List<Notification>> HeardAsync(string memberId) =>
        await _forum.QueryAsync(db => db.Notifications.Where(n => n.MemberId == memberId && n.Kind == NotificationKind.PostModerated)
            .OrderBy(n => n.Id).ToListAsync());

    [Fact]
    public async Task The_author_of_a_hidden_post_asks_for_a_review_and_hears_that_it_was_restored()
    {
        var author = await _forum.CreateMemberAsync("author", 100);
        var moderator = await _forum.CreateMemberAsync("moderator");
        var id = await _forum.AskAsync(author, "Export button is missing after the update");
        await _forum.FlagByAllAsync(await _forum.ReportersAsync(), PostType.Question, id);
        await _forum.ModerateAsync(moderator, new ApprovePost(PostType.Question, id));

        await _forum.SendAsync(author, new AskForReview(PostType.Question, id, "This is a real question about the export button."));
        var queue = await _forum.SendAsync(moderator, new GetModerationQueue(), ModerationSamples.Moderator);
        var card = Assert.Single(queue.Items, c => c.PostId == id);
        Assert.Contains(card.Flags, f => f.ReporterId == author && f.Reason == "needs-moderator" && f.Note == "This is a real question about the export button.");
        await _forum.ModerateAsync(moderator, new RestorePost(PostType.Question, id));

        Assert.Equal("A moderator reviewed your question \"Export button is missing after the update\" and restored it.", (await HeardAsync(author))[^1].Text);
    }

    [Fact]
    public async Task The_author_of_a_removed_question_is_sent_to_the_review_page_asks_for_a_review_and_hears_the_outcome()
    {
        var author = await _forum.CreateMemberAsync("author", 100);
        var moderator = await _forum.CreateMemberAsync("moderator");
        var id = await _forum.AskAsync(author, "Export button is missing after the update");
        await _forum.ModerateAsync(moderator, new DeletePost(PostType.Question, id, "Looks like spam"));

        var told = Assert.Single(await HeardAsync(author));
        Assert.Equal($"/questions/{id}/review", told.Link);
        var before = await _forum.SendAsync(author, new GetPostToReview(PostType.Question, id));
        Assert.Equal((PostModeration.Deleted, "Looks like spam"), (before.Moderation.State, before.Moderation.Reason));
        Assert.Null(before.QuestionSlug);
        Assert.False(before.ReviewAsked);

        await _forum.SendAsync(author, new AskForReview(PostType.Question, id, "  It is a real problem: the button vanished in 4.2.  "));

        Assert.True((await _forum.SendAsync(author, new GetPostToReview(PostType.Question, id))).ReviewAsked);
        var queue = await _forum.SendAsync(moderator, new GetModerationQueue(), ModerationSamples.Moderator);
        var card = Assert.Single(queue.Items, c => c.PostId == id);
        Assert.Equal(PostModeration.Deleted, card.Moderation!.State);
        Assert.Equal("It is a real problem: the button vanished in 4.2.", Assert.Single(card.Flags).Note);

        await _forum.ModerateAsync(moderator, new DismissFlags(PostType.Question, id));
        Assert.Equal("A moderator reviewed your question \"Export button is missing after the update\": it stays removed.", (await HeardAsync(author))[^1].Text);
        Assert.False((await _forum.SendAsync(author, new GetPostToReview(PostType.Question, id))).ReviewAsked);
    }

    [Fact]
    public async Task The_author_of_a_removed_answer_can_ask_for_a_review_and_return_to_the_question()
    {
        var author = await _forum.CreateMemberAsync("author", 100);
        var moderator = await _forum.CreateMemberAsync("moderator");
        var id = await _forum.AskAsync(await _forum.CreateMemberAsync("asker"), "Where is the export button");
        var answer = await _forum.AnswerAsync(author, id);
        await _forum.ModerateAsync(moderator, new DeletePost(PostType.Answer, answer, "Off topic"));

        Assert.Equal($"/answers/{answer}/review", Assert.Single(await HeardAsync(author)).Link);
        var post = await _forum.SendAsync(author, new GetPostToReview(PostType.Answer, answer));
        Assert.NotNull(post.QuestionSlug);

        await _forum.SendAsync(author, new AskForReview(PostType.Answer, answer, "It answers the question: the button moved to the File menu."));
        await _forum.ModerateAsync(moderator, new RestorePost(PostType.Answer, answer));

        Assert.True(await _forum.QueryAsync(db => db.Answers.AnyAsync(a => a.Id == answer && a.DeletedAt == null)));
        Assert.EndsWith("and restored it.", (await HeardAsync(author))[^1].Text);
    }

    [Fact]
    public async Task Only_the_author_of_a_post_a_moderator_or_flags_took_down_can_ask_and_only_once_at_a_time()
    {
        var author = await _forum.CreateMemberAsync("author", 100);
        var other = await _forum.CreateMemberAsync("other", 100);
        var moderator = await _forum.CreateMemberAsync("moderator");
        var removed = await _forum.AskAsync(author, "Export button is missing after the update");
        await _forum.ModerateAsync(moderator, new DeletePost(PostType.Question, removed, "Spam"));
        var selfDeleted = await _forum.AskAsync(author, "Printing stopped working on the new version");
        await _forum.SendAsync(author, new DeleteQuestion(selfDeleted));
        var visible = await _forum.AskAsync(author, "Sync never finishes on my second laptop");

        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(other, new AskForReview(PostType.Question, removed, "Please restore it.")));
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(other, new GetPostToReview(PostType.Question, removed)));
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(author, new AskForReview(PostType.Question, selfDeleted, "Please restore it.")));
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(author, new AskForReview(PostType.Question, visible, "Please look.")));
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(author, new AskForReview(PostType.Answer, removed, "Please look.")));
        await Assert.ThrowsAsync<ValidationException>(() => _forum.SendAsync(author, new AskForReview(PostType.Question, removed, " \u200b ")));
        await Assert.ThrowsAsync<ValidationException>(() => _forum.SendAsync(author, new AskForReview(PostType.Question, removed, new string('x', 501))));

        await _forum.SendAsync(author, new AskForReview(PostType.Question, removed, "Please restore it."));
        await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(author, new AskForReview(PostType.Question, removed, "Again, please.")));
        Assert.Equal(1, await _forum.QueryAsync(db => db.Flags.CountAsync()));
    }

    [Fact]
    public async Task The_author_of_a_hidden_post_cannot_flag_it_but_is_pointed_to_the_review()
    {
        var author = await _forum.CreateMemberAsync("author", 100);
        var id = await _forum.AskAsync(author, "Licence keys at half price for everyone today");
        await _forum.FlagByAllAsync(await _forum.ReportersAsync(), PostType.Question, id);

        var refused = await Assert.ThrowsAsync<ForbiddenException>(() =>
            _forum.SendAsync(author, new FlagPost(PostType.Question, id, "needs-moderator", "Please look again.")));
        Assert.Contains("ask for a review", refused.Message);
    }
}
