using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Notifications;
using Forum.Domain.Features.Questions;
using Forum.Domain.Features.Search;
using Forum.Domain.Features.Support;
using Forum.Domain.Tests.Harness;

namespace Forum.Domain.Tests.Moderation;

/// <summary>Hidden, held and deleted posts reach nobody but their author and the moderators, through any read or notification.</summary>
public sealed class ContentLeakTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    private Task<NotificationList> InboxAsync(string memberId) => _forum.SendAsync(memberId, new ListNotifications());

    [Fact]
    public async Task A_watcher_hears_nothing_of_a_held_answer_until_a_moderator_approves_it()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var watcher = await _forum.CreateMemberAsync("watcher");
        var newcomer = await _forum.CreateMemberAsync("newcomer");
        var moderator = await _forum.CreateMemberAsync("moderator");
        var id = await _forum.AskAsync(asker);
        await _forum.SendAsync(watcher, new WatchQuestion(id));

        var held = await _forum.SendAsync(newcomer, new PostAnswer(id, "Call +1 (555) 123-4567 and ask for the blank window fix, @watcher knows."));

        Assert.Empty((await InboxAsync(watcher)).Items);
        Assert.DoesNotContain(NotificationKind.NewAnswerOnYourQuestion, (await InboxAsync(asker)).Items.Select(n => n.Kind));
        await _forum.ModerateAsync(moderator, new ApprovePost(PostType.Answer, held.Id));
        Assert.Equal(NotificationKind.NewAnswerOnWatchedQuestion, Assert.Single((await InboxAsync(watcher)).Items).Kind);
    }

    [Fact]
    public async Task Nobody_is_told_of_a_mention_in_a_held_question()
    {
        var newcomer = await _forum.CreateMemberAsync("newcomer");
        var carmen = await _forum.CreateMemberAsync("Carmen");
        var moderator = await _forum.CreateMemberAsync("moderator");

        var asked = await _forum.SendAsync(newcomer, Samples.Question(body: "@Carmen the app is blank, see https://example.com/screenshot.png for how it looks."));

        Assert.True(asked.AwaitingReview);
        Assert.Empty((await InboxAsync(carmen)).Items);
        await _forum.ModerateAsync(moderator, new ApprovePost(PostType.Question, asked.Id));
        Assert.Equal(NotificationKind.Mention, Assert.Single((await InboxAsync(carmen)).Items).Kind);
    }

    [Fact]
    public async Task An_older_notification_keeps_the_title_of_a_question_hidden_since_to_itself()
    {
        var asker = await _forum.CreateMemberAsync("asker", 100);
        var watcher = await _forum.CreateMemberAsync("watcher");
        var helper = await _forum.CreateMemberAsync("helper");
        var id = await _forum.AskAsync(asker, "Licence keys at half price for everyone today");
        await _forum.SendAsync(watcher, new WatchQuestion(id));
        await _forum.AnswerAsync(helper, id);
        Assert.Equal("Licence keys at half price for everyone today", Assert.Single((await InboxAsync(watcher)).Items).QuestionTitle);

        await _forum.FlagByAllAsync(await _forum.ReportersAsync(), PostType.Question, id);

        Assert.Null(Assert.Single((await InboxAsync(watcher)).Items).QuestionTitle);
        Assert.NotNull((await InboxAsync(asker)).Items[0].QuestionTitle);
    }

    [Fact]
    public async Task Similar_questions_support_details_and_duplicate_banners_leave_out_what_is_not_public()
    {
        var asker = await _forum.CreateMemberAsync("asker", 100);
        var other = await _forum.CreateMemberAsync("other", 100);
        var newcomer = await _forum.CreateMemberAsync("newcomer");
        var moderator = await _forum.CreateMemberAsync("moderator");
        var original = await _forum.AskAsync(asker, "Printer driver fails to install on Windows");
        var duplicate = await _forum.AskAsync(other, "Printer driver install fails halfway on Windows");
        var held = (await _forum.SendAsync(newcomer, Samples.Question("Printer driver will not install on Windows",
            body: "The printer driver from https://example.com/driver fails to install on Windows."))).Id;
        await _forum.ModerateAsync(moderator, new CloseAsDuplicate(duplicate, original));
        await _forum.ModerateAsync(moderator, new DeletePost(PostType.Question, original, "spam"));

        Assert.Null((await _forum.SendAsync(other, new GetQuestionPage(duplicate))).Question.DuplicateOf);
        var similar = await _forum.SendAsync(other, new FindSimilarQuestions(Text: "printer driver install windows"));
        Assert.DoesNotContain(similar, q => q.Id == held || q.Id == original);
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(other, new GetQuestionSupport(held)));
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(null, new GetQuestionSupport(original)));
        Assert.NotNull(await _forum.SendAsync(newcomer, new GetQuestionSupport(held)));
        Assert.NotNull(await _forum.SendAsync(moderator, new GetQuestionSupport(held), Roles.Moderator));
    }
}
