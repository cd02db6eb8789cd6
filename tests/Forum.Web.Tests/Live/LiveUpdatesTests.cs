using System.Net;
using System.Net.Http.Json;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Live;

/// <summary>What the open pages hear, per user: only what that user may see, once it is committed.</summary>
public sealed class LiveUpdatesTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private const string LinkAnswer = "This fixed it for me, see https://example.com/fix for the steps.";

    [Fact]
    public async Task A_visitor_reading_a_question_hears_of_a_new_answer_and_its_votes_but_never_of_a_held_one()
    {
        var asker = await forum.NewMemberAsync("asker");
        var id = await asker.AskAsync();
        await using var visitor = await LiveListener.ConnectAsync(forum);
        Assert.True(await visitor.FollowThreadAsync(id));

        // A new member's first post with a link is held for review: only moderators hear of it.
        var newcomer = await forum.NewMemberAsync("newcomer");
        var held = await newcomer.AnswerAsync(id, LinkAnswer);
        var helper = await forum.SignedInClientAsync("bob@forum.local");
        var answer = await helper.AnswerAsync(id);
        await visitor.WaitForAsync(e => e is { Stream: "thread", Change: "answer-posted" } && e.PostId == answer);
        var voter = await forum.SignedInClientAsync("carmen@forum.local");
        await (await voter.PostAsJsonAsync($"/api/v1/answers/{answer}/vote", new { value = 1 })).JsonAsync(HttpStatusCode.OK);
        await visitor.WaitForAsync(e => e is { Change: "score" } && e.PostId == answer);

        Assert.All(visitor.Events, e => Assert.Equal(id.ToString(), e.Topic));
        Assert.DoesNotContain(visitor.Events, e => e.PostId == held);
    }

    [Fact]
    public async Task Nobody_follows_a_thread_they_may_not_see()
    {
        var newcomer = await forum.NewMemberAsync("newcomer");
        var heldQuestion = await newcomer.AskAsync(ApiCalls.NewQuestion(body: "My printer stops halfway, the manual at https://example.com/manual did not help."));

        await using var visitor = await LiveListener.ConnectAsync(forum);
        await using var member = await LiveListener.ConnectAsync(forum, await forum.SignedInClientAsync("bob@forum.local"));
        await using var author = await LiveListener.ConnectAsync(forum, newcomer);
        await using var moderator = await LiveListener.ConnectAsync(forum, await forum.SignedInClientAsync("moderator@forum.local"));

        Assert.False(await visitor.FollowThreadAsync(heldQuestion));
        Assert.False(await member.FollowThreadAsync(heldQuestion));
        Assert.False(await visitor.FollowThreadAsync(int.MaxValue));
        Assert.True(await author.FollowThreadAsync(heldQuestion));
        Assert.True(await moderator.FollowThreadAsync(heldQuestion));
    }

    [Fact]
    public async Task Only_moderators_follow_the_moderation_queue_and_hear_who_handled_an_item()
    {
        await using var visitor = await LiveListener.ConnectAsync(forum);
        await using var member = await LiveListener.ConnectAsync(forum, await forum.SignedInClientAsync("bob@forum.local"));
        var moderatorB = await forum.SignedInClientAsync("staff@forum.local");
        await using var watching = await LiveListener.ConnectAsync(forum, await forum.SignedInClientAsync("moderator@forum.local"));
        Assert.False(await visitor.FollowModerationAsync());
        Assert.False(await member.FollowModerationAsync());
        Assert.True(await watching.FollowModerationAsync());

        var asker = await forum.NewMemberAsync("asker");
        var id = await asker.AskAsync();
        var held = await (await forum.NewMemberAsync("newcomer")).AnswerAsync(id, LinkAnswer);
        await watching.WaitForAsync(e => e is { Stream: "moderation", Change: "item-added" } && e.PostId == held);

        await (await moderatorB.PostAsJsonAsync($"/api/v1/moderation/queue/answer/{held}/actions", new { action = "approve" })).JsonAsync(HttpStatusCode.OK);

        var handled = await watching.WaitForAsync(e => e is { Change: "item-handled" } && e.PostId == held);
        Assert.Equal($"Answer-{held}", handled.Topic);
        Assert.False(string.IsNullOrEmpty(handled.By));
    }

    [Fact]
    public async Task A_member_hears_of_their_own_notifications_only_and_the_bell_count_follows()
    {
        var asker = await forum.NewMemberAsync("asker");
        var other = await forum.NewMemberAsync("other");
        await using var askersPage = await LiveListener.ConnectAsync(forum, asker);
        await using var othersPage = await LiveListener.ConnectAsync(forum, other);
        var id = await asker.AskAsync();

        await (await forum.SignedInClientAsync("bob@forum.local")).AnswerAsync(id);

        await askersPage.WaitForAsync(e => e is { Stream: "member", Change: "notification" });
        var unread = await (await asker.GetAsync("/api/v1/notifications/unread-count")).JsonAsync(HttpStatusCode.OK);
        Assert.True(unread.GetProperty("unread").GetInt32() >= 1);
        Assert.DoesNotContain(othersPage.Events, e => e.Stream == "member");
        var visitors = await (await forum.CreateClient().GetAsync("/api/v1/notifications/unread-count")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, visitors.GetProperty("unread").GetInt32());
    }

    [Fact]
    public async Task Helpers_on_needs_attention_hear_of_a_new_question_but_visitors_may_not_follow_the_queue()
    {
        await using var visitor = await LiveListener.ConnectAsync(forum);
        await using var helper = await LiveListener.ConnectAsync(forum, await forum.SignedInClientAsync("bob@forum.local"));
        Assert.False(await visitor.FollowNeedsAttentionAsync());
        Assert.True(await helper.FollowNeedsAttentionAsync());

        var id = await (await forum.NewMemberAsync("asker")).AskAsync();

        await helper.WaitForAsync(e => e is { Stream: "needsattention", Change: "queue-changed" } && e.PostId == id);
    }
}
