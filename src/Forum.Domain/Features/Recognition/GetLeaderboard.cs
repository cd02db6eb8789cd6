namespace Forum.Domain.Features.Recognition;

/// <summary>
/// The top members by reputation earned this week (from the ledger since Monday 00:00 UTC: votes, acceptances,
/// verifications and their reversals, not staff adjustments) or by reputation overall,
/// with the viewer's own rank when they are not in the top. Suspended members are left out.
/// </summary>
public sealed record GetLeaderboard(string? Period = GetLeaderboard.Week) : IRequest<Leaderboard>
{
    public const string Week = "week", All = "all";

    public bool IsWeek => !string.Equals(Period, All, StringComparison.OrdinalIgnoreCase);
}

public sealed class GetLeaderboardValidator : AbstractValidator<GetLeaderboard>
{
    public GetLeaderboardValidator(IForumTexts texts) =>
        RuleFor(x => x.Period)
            .Must(p => p is null || p.Equals(GetLeaderboard.Week, StringComparison.OrdinalIgnoreCase) || p.Equals(GetLeaderboard.All, StringComparison.OrdinalIgnoreCase))
            .Says(texts, "Validation.Leaderboard.Period", GetLeaderboard.Week, GetLeaderboard.All);
}

public sealed class GetLeaderboardHandler(IForumDb db, TimeProvider clock, ICurrentUser user, RecognitionOptions options)
    : IRequestHandler<GetLeaderboard, Leaderboard>
{
    public async Task<Leaderboard> Handle(GetLeaderboard request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var weekStart = ForumWeek.StartOf(now);
        var active = db.Members.AsNoTracking().Where(m => m.LeftAt == null && (m.SuspendedUntil == null || m.SuspendedUntil <= now));
        var standings = request.IsWeek
            ? db.ReputationEvents.Where(e => e.CreatedAt >= weekStart && e.Reason != ReputationReason.Adjustment)
                .GroupBy(e => e.MemberId).Select(g => new { MemberId = g.Key, Points = g.Sum(e => e.Amount) })
                .Where(s => s.Points > 0)
                .Join(active, s => s.MemberId, m => m.Id, (s, m) => new Standing { MemberId = m.Id, DisplayName = m.DisplayName, Points = s.Points })
            : active.Select(m => new Standing { MemberId = m.Id, DisplayName = m.DisplayName, Points = m.Reputation });

        var top = await standings.OrderByDescending(s => s.Points).ThenBy(s => s.DisplayName).ThenBy(s => s.MemberId)
            .Take(options.LeaderboardSize).ToListAsync(cancellationToken);
        var lines = top.Select(s => Line(s, 1 + top.Count(o => o.Points > s.Points))).ToList();

        LeaderboardLine? me = null;
        if (user.UserId is { } myId && lines.All(l => l.MemberId != myId))
        {
            var mine = await standings.Where(s => s.MemberId == myId).FirstOrDefaultAsync(cancellationToken);
            if (mine is not null)
                me = Line(mine, 1 + await standings.CountAsync(s => s.Points > mine.Points, cancellationToken));
        }
        return request.IsWeek ? new Leaderboard(GetLeaderboard.Week, weekStart, lines, me) : new Leaderboard(GetLeaderboard.All, null, lines, me);

        LeaderboardLine Line(Standing s, int rank) => new(rank, s.MemberId, s.DisplayName, s.Points, s.MemberId == user.UserId);
    }

    // Initialised by members (not a constructor) so that the database can sort and filter by them.
    private sealed class Standing
    {
        public required string MemberId { get; init; }
        public required string DisplayName { get; init; }
        public int Points { get; init; }
    }
}

/// <summary>Points are reputation gained this week (Week) or total reputation (All).</summary>
public sealed record LeaderboardLine(int Rank, string MemberId, string DisplayName, int Points, bool IsMe);

/// <param name="Me">The viewer's own line when they are not among the top; null otherwise (or when they have no points this week).</param>
public sealed record Leaderboard(string Period, DateTimeOffset? WeekStart, IReadOnlyList<LeaderboardLine> Top, LeaderboardLine? Me);
