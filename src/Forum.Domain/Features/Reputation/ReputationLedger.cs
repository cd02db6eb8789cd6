namespace Forum.Domain.Features.Reputation;

/// <summary>
/// Writes the reputation ledger and keeps each member's cached total in step with it, applying the
/// daily cap on vote gains and the floor. Every change first takes the member's lock (held until the calling
/// handler's single SaveChanges commits), reads the balance and today's gains afresh, and adds to the cached total in
/// the database (<c>Reputation = Reputation + amount</c>), so concurrent changes neither get lost nor pass the cap or the floor.
/// </summary>
public sealed class ReputationLedger(IForumDb db, TimeProvider clock, ReputationRules rules)
{
    private static readonly ReputationReason[] CappedReasons = [ReputationReason.QuestionUpvoted, ReputationReason.AnswerUpvoted];

    public async Task AwardAsync(string memberId, int amount, ReputationReason reason, Post post, string actorId, CancellationToken ct)
    {
        await db.LockAsync(Locks.Member(memberId), ct);
        var now = clock.GetUtcNow();
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
            applied = Math.Max(amount, Member.StartingReputation - await BalanceAsync(memberId, ct));
        }
        if (applied == 0)
            return;
        await ApplyAsync(new ReputationEvent(memberId, applied, reason, post.Type, post.Id, actorId, now), ct);
    }

    /// <summary>A manual adjustment by an administrator or the demo seed, with no post behind it.</summary>
    public async Task AdjustAsync(string memberId, int amount, string actorId, CancellationToken ct)
    {
        var reputation = await LockAndReadAsync(memberId, ct);
        var applied = Math.Max(amount, Member.StartingReputation - reputation);
        await ApplyAsync(new ReputationEvent(memberId, applied, ReputationReason.Adjustment, null, null, actorId, clock.GetUtcNow()), ct);
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
        var now = clock.GetUtcNow();
        foreach (var original in events)
        {
            await db.LockAsync(Locks.Member(original.MemberId), ct);
            // Only taking away can meet the floor: a reversed penalty gives back what it took.
            var amount = original.Amount > 0 ? Math.Max(-original.Amount, Member.StartingReputation - await BalanceAsync(original.MemberId, ct)) : -original.Amount;
            original.MarkReversed();
            await ApplyAsync(new ReputationEvent(original.MemberId, amount, ReputationReason.Reversal, original.PostType, original.PostId, original.ActorId, now, original.Id), ct);
        }
    }

    /// <summary>Takes the member's lock, then reads their balance from the database (a member loaded earlier may be stale).</summary>
    private async Task<int> LockAndReadAsync(string memberId, CancellationToken ct)
    {
        await db.LockAsync(Locks.Member(memberId), ct);
        return await BalanceAsync(memberId, ct);
    }

    /// <summary>The member's balance as the database has it, read under their lock (a member loaded earlier may be stale).</summary>
    private Task<int> BalanceAsync(string memberId, CancellationToken ct) =>
        db.Members.Where(m => m.Id == memberId).Select(m => m.Reputation).SingleAsync(ct);

    private async Task ApplyAsync(ReputationEvent change, CancellationToken ct)
    {
        db.ReputationEvents.Add(change);
        if (change.Amount != 0)
            await db.AddReputationAsync(change.MemberId, change.Amount, ct);
    }

    private int PendingCappedGains(string memberId) =>
        db.ReputationEvents.Local.Where(e => e.MemberId == memberId && CappedReasons.Contains(e.Reason) && e.Id == 0).Sum(e => e.Amount);
}
