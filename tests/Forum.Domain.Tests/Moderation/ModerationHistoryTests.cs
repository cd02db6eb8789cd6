using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Questions;
using Forum.Domain.Features.Users;
using Forum.Domain.Tests.Harness;

namespace Forum.Domain.Tests.Moderation;

/// <summary>What the forum does on its own (holding a post, hiding it on flags) is in the audit log, next to the moderators' decisions.</summary>
public sealed class ModerationHistoryTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    [Fact]
    public async Task A_held_first_post_is_logged_by_the_forum_and_the_approval_follows_it_in_the_posts_history()
    {
        var newcomer = await _forum.CreateMemberAsync("newcomer");
        var moderator = await _forum.CreateMemberAsync("moderator");
        var asked = await _forum.SendAsync(newcomer, Samples.Question(body: "The app shows a blank window, see https://example.com/screenshot.png for how it looks."));

        var held = Assert.Single((await _forum.SendAsync(moderator, new GetModerationLog(Action: "hold"), Roles.Moderator)).Items);
        Assert.Equal((null, "question", asked.Id, asked.Id, newcomer), (held.ModeratorId, held.PostType, held.PostId, held.QuestionId, held.MemberId));
        Assert.Equal("held for review: a new member's first post with a link or a phone number", held.Summary);
        Assert.Equal(_forum.Clock.GetUtcNow(), held.CreatedAt);

        await _forum.ModerateAsync(moderator, new ApprovePost(PostType.Question, asked.Id));

        var history = (await _forum.SendAsync(moderator, new GetModerationLog(PostType: PostType.Question, PostId: asked.Id), Roles.Moderator)).Items;
        Assert.Equal(["approve", "hold"], history.Select(h => h.Action));
        var page = await _forum.SendAsync(moderator, new GetQuestionPage(asked.Id), Roles.Moderator);
        Assert.Equal(["approve", "hold"], page.ModerationHistory!.Select(h => h.Action));
    }

    [Fact]
    public async Task A_held_answer_is_logged_with_its_question_and_shows_on_the_queue_card()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var newcomer = await _forum.CreateMemberAsync("newcomer");
        var moderator = await _forum.CreateMemberAsync("moderator");
        var id = await _forum.AskAsync(asker);

        var held = await _forum.SendAsync(newcomer, new PostAnswer(id, "Call our support line on +1 (555) 123-4567 to get this fixed."));

        var card = Assert.Single((await _forum.SendAsync(moderator, new GetModerationQueue(), Roles.Moderator)).Items);
        var line = Assert.Single(card.History);
        Assert.Equal(("hold", "answer", held.Id, id), (line.Action, line.PostType, line.PostId, line.QuestionId));
        await _forum.ModerateAsync(moderator, new DeletePost(PostType.Answer, held.Id, "advertising"));
        var history = (await _forum.SendAsync(moderator, new GetModerationLog(PostType: PostType.Answer, PostId: held.Id), Roles.Moderator)).Items;
        Assert.Equal(["delete", "hold"], history.Select(h => h.Action));
    }

    [Fact]
    public async Task Posts_that_are_not_held_write_nothing_to_the_log()
    {
        var member = await _forum.CreateMemberAsync("member", 200);
        var moderator = await _forum.CreateMemberAsync("moderator");
        var id = await _forum.AskAsync(member);
        await _forum.AnswerAsync(member, id, "See https://example.com/help for the steps, they worked for me.");

        Assert.Empty((await _forum.SendAsync(moderator, new GetModerationLog(), Roles.Moderator)).Items);
    }

    [Fact]
    public async Task Hiding_on_flags_is_in_the_posts_history_by_the_forum()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var author = await _forum.CreateMemberAsync("author", 100);
        var moderator = await _forum.CreateMemberAsync("moderator");
        var id = await _forum.AskAsync(asker);
        var answer = await _forum.AnswerAsync(author, id);

        await _forum.FlagByAllAsync(await _forum.ReportersAsync(), PostType.Answer, answer);
        await _forum.ModerateAsync(moderator, new DismissFlags(PostType.Answer, answer));

        var history = (await _forum.SendAsync(moderator, new GetModerationLog(PostType: PostType.Answer, PostId: answer), Roles.Moderator)).Items;
        Assert.Equal(["dismiss", "auto-hide"], history.Select(h => h.Action));
        Assert.Equal((null, "hidden on flags: flagged as spam"), (history[1].ModeratorName, history[1].Summary));
    }
}
