using Forum.Domain.Common;
using Forum.Domain.Entities;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Features.Reputation;

/// <summary>
/// Writes the reputation ledger and keeps each member's cached total in step with it, applying the
/// daily cap on vote gains and the floor. Changes are saved by the calling handler's single SaveChanges.
/// </summary>
public sealed class ReputationLedger(IForumDb db, IClock clock, ReputationRules rules)
{
    private static readonly ReputationReason[] CappedReasons = [ReputationReason.QuestionUpvoted, ReputationReason.AnswerUpvoted];

    public async Task AwardAsync(string memberId, int amount, ReputationReason reason, Post post, string actorId, CancellationToken ct)
    {
        var member = await db.Members.SingleAsync(m => m.Id == memberId, ct);
        var now = clock.UtcNow;
        var applied = amount;
        if (amount > 0 && CappedReasons.Contains(reason))
        {
            var startOfDay = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
            var earnedToday = await db.ReputationEvents
                .Where(e => e.MemberId == memberId && CappedReasons.Contains(e.Reason) && !e.IsReversed && e.CreatedAt >= startOfDay)
                .SumAsync(e => e.Amount, ct);
            earnedToday += PendingCappedGains(memberId);
            applied = Math.Clamp(rules.DailyVoteCap - earnedToday, 0, amount);
        }
        else if (amount < 0)
        {
            applied = Math.Max(amount, Member.StartingReputation - member.Reputation);
        }
        if (applied == 0)
            return;
        db.ReputationEvents.Add(new ReputationEvent(memberId, applied, reason, post.Type, post.Id, actorId, now));
        member.ApplyReputation(applied);
    }

    /// <summary>A manual adjustment by an administrator or the demo seed, with no post behind it.</summary>
    public async Task AdjustAsync(string memberId, int amount, string actorId, CancellationToken ct)
    {
        var member = await db.Members.SingleAsync(m => m.Id == memberId, ct);
        var applied = Math.Max(amount, Member.StartingReputation - member.Reputation);
        db.ReputationEvents.Add(new ReputationEvent(memberId, applied, ReputationReason.Adjustment, null, null, actorId, clock.UtcNow));
        member.ApplyReputation(applied);
    }

    /// <summary>Reverses what <paramref name="actorId"/> caused on <paramref name="post"/> with one of <paramref name="reasons"/>.</summary>
    public async Task ReverseAsync(Post post, string actorId, CancellationToken ct, params ReputationReason[] reasons)
    {
        var events = await db.ReputationEvents
            .Where(e => e.PostType == post.Type && e.PostId == post.Id && e.ActorId == actorId && !e.IsReversed && reasons.Contains(e.Reason))
            .ToListAsync(ct);
        await ReverseEventsAsync(events, ct);
    }

    /// <summary>Reverses every standing event caused by <paramref name="post"/> (used when it is deleted).</summary>
    public async Task ReverseAllAsync(Post post, CancellationToken ct)
    {
        var events = await db.ReputationEvents
            .Where(e => e.PostType == post.Type && e.PostId == post.Id && !e.IsReversed && e.Reason != ReputationReason.Reversal)
            .ToListAsync(ct);
        await ReverseEventsAsync(events, ct);
    }

    /// <summary>Reverses every standing <paramref name="reason"/> event on <paramref name="post"/>, whoever caused it.</summary>
    public async Task ReverseForPostAsync(Post post, ReputationReason reason, CancellationToken ct)
    {
        var events = await db.ReputationEvents
            .Where(e => e.PostType == post.Type && e.PostId == post.Id && !e.IsReversed && e.Reason == reason)
            .ToListAsync(ct);
        await ReverseEventsAsync(events, ct);
    }

    /// <summary>Whether <paramref name="post"/> has a standing <paramref name="reason"/> event (saved or about to be).</summary>
    public async Task<bool> HasStandingAsync(Post post, ReputationReason reason, CancellationToken ct) =>
        db.ReputationEvents.Local.Any(e => e.PostType == post.Type && e.PostId == post.Id && !e.IsReversed && e.Reason == reason)
        || await db.ReputationEvents.AnyAsync(e => e.PostType == post.Type && e.PostId == post.Id && !e.IsReversed && e.Reason == reason, ct);

    private async Task ReverseEventsAsync(List<ReputationEvent> events, CancellationToken ct)
    {
        var now = clock.UtcNow;
        foreach (var original in events)
        {
            var member = await db.Members.SingleAsync(m => m.Id == original.MemberId, ct);
            var amount = Math.Max(-original.Amount, Member.StartingReputation - member.Reputation);
            original.MarkReversed();
            db.ReputationEvents.Add(new ReputationEvent(original.MemberId, amount, ReputationReason.Reversal, original.PostType, original.PostId, original.ActorId, now, original.Id));
            member.ApplyReputation(amount);
        }
    }

    private int PendingCappedGains(string memberId) =>
        db.ReputationEvents.Local.Where(e => e.MemberId == memberId && CappedReasons.Contains(e.Reason) && e.Id == 0).Sum(e => e.Amount);
}
