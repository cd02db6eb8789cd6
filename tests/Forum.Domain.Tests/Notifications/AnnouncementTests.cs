using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Notifications;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Notifications;

/// <summary>
/// The asker, the watchers and the mentioned hear of a new answer from follow-up work that the answer's own transaction
/// queues (an <see cref="Announcement"/>), not from the request that posts it: once it runs they are told, exactly once,
/// and nothing committed is lost if the forum stops in between.
/// </summary>
public sealed class AnnouncementTests : IDisposable
{
    private readonly ForumHarness _forum = new() { RunsFollowUpWork = false };

    public void Dispose() => _forum.Dispose();

    private Task<List<NotificationKind>> KindsForAsync(string member) =>
        _forum.QueryAsync(db => db.Notifications.Where(n => n.MemberId == member).OrderBy(n => n.Id).Select(n => n.Kind).ToListAsync());

    private Task<int> EmailsToAsync(string member) => _forum.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.MemberId == member));

    private Task<int> QueuedAsync() => _forum.QueryAsync(db => db.Announcements.CountAsync());

    private async Task<(int Question, string Asker, string Watcher, string Helper, string Carmen)> ThreadAsync()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var watcher = await _forum.CreateMemberAsync("watcher");
        var helper = await _forum.CreateMemberAsync("helper");
        var carmen = await _forum.CreateMemberAsync("Carmen");
        var id = await _forum.AskAsync(asker);
        await _forum.SendAsync(watcher, new WatchQuestion(id));
        return (id, asker, watcher, helper, carmen);
    }

    [Fact]
    public async Task The_asker_the_watchers_and_the_mentioned_hear_of_an_answer_once_the_follow_up_work_runs_and_only_once()
    {
        var (id, asker, watcher, helper, carmen) = await ThreadAsync();

        await _forum.AnswerAsync(helper, id, "Clear the cache first; @Carmen has seen this one before.");

        Assert.Equal([NotificationKind.QuestionReceived], await KindsForAsync(asker));
        Assert.Empty(await KindsForAsync(watcher));
        Assert.Equal(1, await QueuedAsync());
        Assert.True((await _forum.SendAsync(helper, new Features.Support.GetQuestionSupport(id))).IsWatching);

        Assert.Equal(1, await _forum.SendAsync(null, new DeliverAnnouncements()));

        Assert.Equal([NotificationKind.QuestionReceived, NotificationKind.NewAnswerOnYourQuestion], await KindsForAsync(asker));
        Assert.Equal([NotificationKind.NewAnswerOnWatchedQuestion], await KindsForAsync(watcher));
        Assert.Equal([NotificationKind.Mention], await KindsForAsync(carmen));
        Assert.Equal(1, await EmailsToAsync(watcher));
        Assert.Equal(0, await QueuedAsync());

        Assert.Equal(0, await _forum.SendAsync(null, new DeliverAnnouncements()));
        Assert.Equal([NotificationKind.NewAnswerOnWatchedQuestion], await KindsForAsync(watcher));
        Assert.Equal(1, await EmailsToAsync(watcher));
    }

    [Fact]
    public async Task An_answer_committed_before_the_forum_stopped_is_announced_after_it_starts_again()
    {
        var (id, _, watcher, helper, _) = await ThreadAsync();
        await _forum.AnswerAsync(helper, id);

        _forum.Restart();
        await _forum.SendAsync(null, new DeliverAnnouncements());

        Assert.Equal([NotificationKind.NewAnswerOnWatchedQuestion], await KindsForAsync(watcher));
    }

    [Fact]
    public async Task Deliveries_at_the_same_moment_announce_each_answer_once()
    {
        var (id, _, watcher, helper, _) = await ThreadAsync();
        for (var i = 0; i < 5; i++)
        {
            await _forum.AnswerAsync(helper, id, $"Idea number {i}: reinstall the app after removing the folder number {i}.");
            _forum.Clock.Advance(TimeSpan.FromSeconds(20)); // within the helper's four answers a minute
        }

        var delivered = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _forum.SendAsync(null, new DeliverAnnouncements(Max: 2))));

        Assert.Equal(5, delivered.Sum() + await _forum.SendAsync(null, new DeliverAnnouncements()));
        Assert.Equal(5, (await KindsForAsync(watcher)).Count);
    }

    [Fact]
    public async Task An_answer_hidden_before_its_announcement_is_announced_to_no_one()
    {
        var (id, asker, watcher, helper, _) = await ThreadAsync();
        var answer = await _forum.AnswerAsync(helper, id);
        var moderator = await _forum.CreateMemberAsync("moderator");
        await _forum.SendAsync(moderator, new HidePost(PostType.Answer, answer, "Spam."), Roles.Moderator);

        await _forum.SendAsync(null, new DeliverAnnouncements());

        Assert.Equal([NotificationKind.QuestionReceived], await KindsForAsync(asker));
        Assert.Empty(await KindsForAsync(watcher));
        Assert.Equal(0, await QueuedAsync());
    }

    [Fact]
    public async Task A_refused_answer_queues_no_announcement()
    {
        var (id, _, _, helper, _) = await ThreadAsync();
        for (var i = 0; i < 4; i++)
            await _forum.AnswerAsync(helper, id, $"Idea number {i}: reinstall the app after removing the folder number {i}.");

        await Assert.ThrowsAsync<RateLimitedException>(() => _forum.AnswerAsync(helper, id, "A fifth idea within the minute: the allowance says no."));

        Assert.Equal(4, await QueuedAsync());
    }
}
