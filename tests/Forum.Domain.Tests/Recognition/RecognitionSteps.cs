using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Recognition;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Recognition;

/// <summary>Threads answered by one helper, and what the award job and the member page make of them.</summary>
internal sealed class RecognitionSteps(ForumHarness forum)
{
    private int _threads;

    public string Asker { get; private set; } = "";
    public string Helper { get; private set; } = "";

    public async Task<RecognitionSteps> WithPeopleAsync()
    {
        Asker = await forum.CreateMemberAsync("asker");
        Helper = await forum.CreateMemberAsync("helper");
        return this;
    }

    /// <summary>Asks a question (as staff, so the daily question allowance stays out of the way) and lets the helper answer it <paramref name="after"/> later.</summary>
    public async Task<(int QuestionId, int AnswerId)> ThreadAsync(TimeSpan? after = null, string? asker = null)
    {
        var n = ++_threads;
        var questionId = (await forum.SendAsync(asker ?? Asker,
            Samples.Question($"The app shows a blank window on start, case {n}", $"{Samples.Body} (Case {n}.)"), Roles.Staff)).Id;
        forum.Clock.Advance(after ?? TimeSpan.FromMinutes(1));
        var answerId = await forum.AnswerAsync(Helper, questionId, $"{Samples.AnswerBody} (Answer for case {n}.)");
        forum.Clock.Advance(TimeSpan.FromMinutes(1));
        return (questionId, answerId);
    }

    public async Task<List<(int QuestionId, int AnswerId)>> ThreadsAsync(int count, TimeSpan? after = null)
    {
        var threads = new List<(int, int)>();
        for (var i = 0; i < count; i++)
            threads.Add(await ThreadAsync(after));
        return threads;
    }

    public async Task AcceptAllAsync(IEnumerable<(int QuestionId, int AnswerId)> threads)
    {
        foreach (var (_, answerId) in threads)
            await forum.SendAsync(Asker, new AcceptAnswer(answerId));
    }

    public Task<BadgeAwardResult> AwardAsync() => forum.SendAsync(null, new AwardBadges());

    public Task<List<Badge>> BadgesOfAsync(string memberId) =>
        forum.QueryAsync(db => db.MemberBadges.Where(b => b.MemberId == memberId).OrderBy(b => b.Badge).Select(b => b.Badge).ToListAsync());

    public async Task<bool> HasAsync(string memberId, Badge badge) => (await BadgesOfAsync(memberId)).Contains(badge);

    public Task<BadgeStatus> StatusAsync(string memberId, Badge badge) =>
        forum.SendAsync(null, new GetMemberBadges(memberId)).ContinueWith(t => t.Result.Badges.Single(b => b.Badge == badge));
}
