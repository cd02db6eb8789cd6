using Forum.Domain.Entities;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Notifications;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Moderation;

/// <summary>Moderation is not silent: the author hears what happened to their post and why, and reporters whether their flag helped.</summary>
public sealed class ModerationOutcomeTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    private async Task<List<string>> HeardAsync(string memberId, NotificationKind kind) =>
        (await _forum.SendAsync(memberId, new ListNotifications())).Items.Where(n => n.Kind == kind).Select(n => n.Text).ToList();

    [Fact]
    public async Task The_author_of_a_post_hidden_by_flags_is_told_why_and_how_to_ask_for_a_review_by_notification_and_email()
    {
        var author = await _forum.CreateMemberAsync("author", 100);
        var id = await _forum.AskAsync(author, "Licence keys at half price for everyone today");

        await _forum.FlagByAllAsync(await _forum.ReportersAsync(), PostType.Question, id);

        Assert.Equal(["Your question \"Licence keys at half price for everyone today\" was hidden after members flagged it, until a moderator reviews it: flagged: Spam."],
            await HeardAsync(author, NotificationKind.PostModerated));
        var email = await _forum.QueryAsync(db => db.OutboxMessages.Where(m => m.MemberId == author).OrderByDescending(m => m.Id).FirstAsync());
        Assert.Contains("ask a moderator to review it", email.HtmlBody);
        Assert.Contains($"/questions/{id}/review", email.HtmlBody);
    }

    [Fact]
    public async Task Reporters_learn_that_their_flags_helped_and_the_author_that_the_post_was_removed()
    {
        var author = await _forum.CreateMemberAsync("author", 300);
        var moderator = await _forum.CreateMemberAsync("moderator");
        var id = await _forum.AskAsync(await _forum.CreateMemberAsync("asker"), "Where is the export button");
        var answer = await _forum.AnswerAsync(author, id, "Licence keys at half price, write to me for the discount code.");
        var reporters = await _forum.ReportersAsync(2);
        await _forum.FlagByAllAsync(reporters, PostType.Answer, answer);

        await _forum.ModerateAsync(moderator, new DeletePost(PostType.Answer, answer));

        Assert.Equal(["Your answer \"Where is the export button\" was removed by a moderator: spam."], await HeardAsync(author, NotificationKind.PostModerated));
        foreach (var reporter in reporters)
            Assert.Equal(["Your flag helped: a moderator acted on \"Where is the export button\" (Post deleted). Thank you."],
                await HeardAsync(reporter, NotificationKind.FlagOutcome));
        Assert.Empty(await HeardAsync(moderator, NotificationKind.FlagOutcome));
    }

    [Fact]
    public async Task Reporters_of_a_dismissed_flag_hear_that_the_post_stays_and_its_author_hears_nothing()
    {
        var author = await _forum.CreateMemberAsync("author", 100);
        var moderator = await _forum.CreateMemberAsync("moderator");
        var id = await _forum.AskAsync(author, "Where is the export button");
        var reporter = (await _forum.ReportersAsync(1))[0];
        await _forum.FlagAsync(reporter, PostType.Question, id, "off-topic");

        await _forum.ModerateAsync(moderator, new DismissFlags(PostType.Question, id));

        Assert.Equal(["A moderator looked at your flag on \"Where is the export button\" and left the post as it is (Dismissed)."],
            await HeardAsync(reporter, NotificationKind.FlagOutcome));
        Assert.Empty(await HeardAsync(author, NotificationKind.PostModerated));
    }

    [Fact]
    public async Task Suspending_the_author_of_a_held_post_rejects_their_held_posts_so_the_card_stays_gone()
    {
        var newcomer = await _forum.CreateMemberAsync("newcomer");
        var moderator = await _forum.CreateMemberAsync("moderator");
        var held = await _forum.SendAsync(newcomer, Samples.Question(body: "Cheap licence keys at https://example.com/keys for everyone who asks."));
        Assert.True(held.AwaitingReview);

        await _forum.ModerateAsync(moderator, new SuspendAuthor(PostType.Question, held.Id, "Spam links", 7));

        var queue = await _forum.SendAsync(moderator, new GetModerationQueue(), ModerationSamples.Moderator);
        Assert.DoesNotContain(queue.Items, card => card.PostId == held.Id);
        var log = await _forum.SendAsync(moderator, new GetModerationLog(Action: "delete"), ModerationSamples.Moderator);
        Assert.Equal(held.Id, Assert.Single(log.Items, e => e.MemberId == newcomer).PostId);
        Assert.Equal(1, await _forum.QueryAsync(db => db.Notifications.CountAsync(n => n.MemberId == newcomer && n.Kind == NotificationKind.PostModerated)));
    }
}
