using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Notifications;
using Forum.Domain.Features.Questions;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Notifications;

public sealed class NotificationTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    private Task<NotificationList> InboxAsync(string member) => _forum.SendAsync(member, new ListNotifications());

    private Task<List<string>> EmailSubjectsForAsync(string member) =>
        _forum.QueryAsync(db => db.OutboxMessages.Where(m => m.MemberId == member).OrderBy(m => m.Id).Select(m => m.Subject).ToListAsync());

    [Fact]
    public async Task Asking_tells_the_asker_it_was_received_in_the_app_and_by_email_and_they_watch_the_question()
    {
        var asker = await _forum.CreateMemberAsync("asker");

        var asked = await _forum.SendAsync(asker, Samples.Question());

        var received = Assert.Single((await InboxAsync(asker)).Items);
        Assert.Equal(NotificationKind.QuestionReceived, received.Kind);
        Assert.Equal($"/questions/{asked.Id}/{asked.Slug}", received.Url);
        Assert.Equal(asked.Acknowledgement, received.Text);
        Assert.Single(await EmailSubjectsForAsync(asker));
        Assert.True((await _forum.SendAsync(asker, new Features.Support.GetQuestionSupport(asked.Id))).IsWatching);
    }

    [Fact]
    public async Task A_new_answer_notifies_the_asker_and_the_watchers_but_not_its_author_who_starts_watching()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var watcher = await _forum.CreateMemberAsync("watcher");
        var helper = await _forum.CreateMemberAsync("helper");
        var id = await _forum.AskAsync(asker);
        await _forum.SendAsync(watcher, new WatchQuestion(id));

        await _forum.AnswerAsync(helper, id);
        await _forum.AnswerAsync(watcher, id, "Another idea: reinstall the app after removing its settings folder.");

        var askerInbox = await InboxAsync(asker);
        Assert.Equal([NotificationKind.NewAnswerOnYourQuestion, NotificationKind.NewAnswerOnYourQuestion, NotificationKind.QuestionReceived],
            askerInbox.Items.Select(n => n.Kind));
        Assert.Equal(3, askerInbox.UnreadCount);
        Assert.Equal([NotificationKind.NewAnswerOnWatchedQuestion], (await InboxAsync(watcher)).Items.Select(n => n.Kind));
        Assert.Equal([NotificationKind.NewAnswerOnWatchedQuestion], (await InboxAsync(helper)).Items.Select(n => n.Kind));
    }

    [Fact]
    public async Task Unwatching_stops_the_notifications()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var watcher = await _forum.CreateMemberAsync("watcher");
        var helper = await _forum.CreateMemberAsync("helper");
        var id = await _forum.AskAsync(asker);
        await _forum.SendAsync(watcher, new WatchQuestion(id));
        await _forum.SendAsync(watcher, new WatchQuestion(id));

        await _forum.SendAsync(watcher, new WatchQuestion(id, Watching: false));
        await _forum.AnswerAsync(helper, id);

        Assert.Empty((await InboxAsync(watcher)).Items);
    }

    [Fact]
    public async Task An_accepted_answer_and_a_mention_notify_their_member()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");
        var carmen = await _forum.CreateMemberAsync("Carmen");
        var id = await _forum.AskAsync(asker);
        var answer = await _forum.AnswerAsync(helper, id, "Try deleting the cache; @Carmen knows this problem well, she wrote about it.");

        await _forum.SendAsync(asker, new AcceptAnswer(answer));

        Assert.Contains(NotificationKind.AnswerAccepted, (await InboxAsync(helper)).Items.Select(n => n.Kind));
        var mention = Assert.Single((await InboxAsync(carmen)).Items);
        Assert.Equal((NotificationKind.Mention, "helper mentioned you."), (mention.Kind, mention.Text));
    }

    [Fact]
    public void Mentions_find_one_and_two_word_names_but_not_email_addresses()
    {
        Assert.Equal(["Carmen", "Carmen Ortiz"], Mentions.Candidates("Ask @Carmen Ortiz about it"));
        Assert.Equal(["Dev"], Mentions.Candidates("(@Dev) said so."));
        Assert.Empty(Mentions.Candidates("mail me at bob@forum.local"));
    }

    [Fact]
    public async Task Email_can_be_turned_off_per_kind_while_the_in_app_notification_stays()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");
        await _forum.SendAsync(asker, new SetEmailPreference(NotificationKind.NewAnswerOnYourQuestion, false));
        var id = await _forum.AskAsync(asker);

        await _forum.AnswerAsync(helper, id);

        Assert.Equal(2, (await InboxAsync(asker)).Items.Count);
        Assert.Single(await EmailSubjectsForAsync(asker));
        var preferences = await _forum.SendAsync(asker, new GetEmailPreferences());
        Assert.False(preferences.Single(p => p.Kind == NotificationKind.NewAnswerOnYourQuestion).SendEmail);
        Assert.True(preferences.Single(p => p.Kind == NotificationKind.Mention).SendEmail);
    }

    [Fact]
    public async Task Members_mark_their_own_notifications_read_but_not_someone_elses()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var other = await _forum.CreateMemberAsync("other");
        await _forum.AskAsync(asker, "The first question from the asker");
        await _forum.AskAsync(asker, "The second question from the asker");
        var first = (await InboxAsync(asker)).Items[^1];

        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(other, new MarkNotificationRead(first.Id)));
        Assert.Equal(1, (await _forum.SendAsync(asker, new MarkNotificationRead(first.Id))).UnreadCount);
        Assert.Equal(1, await _forum.SendAsync(asker, new CountUnreadNotifications()));
        await _forum.SendAsync(asker, new MarkAllNotificationsRead());

        Assert.Equal(0, await _forum.SendAsync(asker, new CountUnreadNotifications()));
        Assert.Equal(0, await _forum.SendAsync(null, new CountUnreadNotifications()));
        await Assert.ThrowsAsync<UnauthenticatedException>(() => _forum.SendAsync(null, new ListNotifications()));
    }
}
