namespace Forum.Domain.Features.Recognition;

/// <summary>
/// Awards every badge that up to <paramref name="Max"/> members due for a check (<see cref="BadgeCheck"/>, oldest first)
/// have earned but not yet received, tells them, and takes their checks in the same save. Idempotent: run by the badge
/// background job every minute (and after seeding the demo); see docs/decisions/0007. A check written while a run reads
/// is not one it took, so it stays for the next run.
/// </summary>
public sealed record AwardBadges(int Max = 200) : IRequest<BadgeAwardResult>;

public sealed class AwardBadgesValidator : AbstractValidator<AwardBadges>
{
    public AwardBadgesValidator() => RuleFor(x => x.Max).InclusiveBetween(1, 10_000);
}

public sealed class AwardBadgesHandler(IForumDb db, TimeProvider clock, Badges badges, Notifier notifier, IForumLinks links) : IRequestHandler<AwardBadges, BadgeAwardResult>
{
    public async Task<BadgeAwardResult> Handle(AwardBadges request, CancellationToken cancellationToken)
    {
        var checks = await db.BadgeChecks.OrderBy(c => c.Id).Take(request.Max).ToListAsync(cancellationToken);
        if (checks.Count == 0)
            return new BadgeAwardResult(0, MayBeMore: false, Conflicted: false);
        var due = checks.Select(c => c.MemberId).Distinct().ToList();

        var now = clock.GetUtcNow();
        var awards = new List<MemberBadge>();
        foreach (var definition in Badges.All)
        {
            var badge = definition.Badge;
            var qualifying = await badges.CountedItems(badge)
                .Where(memberId => due.Contains(memberId) && !db.MemberBadges.Any(b => b.MemberId == memberId && b.Badge == badge))
                .GroupBy(memberId => memberId)
                .Where(g => g.Count() >= definition.Threshold)
                .Select(g => g.Key)
                .ToListAsync(cancellationToken);
            if (badge == Badge.Speedy && qualifying.Count > 0)
            {
                var fast = await badges.FastFirstResponsesAsync(qualifying, cancellationToken);
                qualifying = qualifying.Where(id => fast.GetValueOrDefault(id) >= definition.Threshold).ToList();
            }
            awards.AddRange(qualifying.Select(id => new MemberBadge(id, badge, now)));
        }
        db.BadgeChecks.RemoveRange(checks);
        foreach (var award in awards)
        {
            db.MemberBadges.Add(award);
            var definition = Badges.Of(award.Badge);
            await notifier.NotifyAsync(award.MemberId, NotificationKind.BadgeEarned,
                Phrase.Of("Notification.BadgeEarned", Phrase.Of($"Badge.{definition.Badge}"), Phrase.Of($"Badge.{definition.Badge}.Description")), null, links.Member(award.MemberId) + "#badges", cancellationToken);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConflictException)
        {
            // Another run awarded some of these or took these checks at the same moment. Nothing was written; the
            // next run finds what is still missing.
            return new BadgeAwardResult(0, MayBeMore: true, Conflicted: true);
        }
        return new BadgeAwardResult(awards.Count, MayBeMore: checks.Count == request.Max, Conflicted: false);
    }
}

/// <summary>
/// How many badges were awarded; <c>MayBeMore</c> when more members may be due (the run took as many checks as it
/// could); <c>Conflicted</c> when another run got there first.
/// </summary>
public sealed record BadgeAwardResult(int Awarded, bool MayBeMore, bool Conflicted);
