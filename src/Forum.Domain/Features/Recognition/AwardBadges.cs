namespace Forum.Domain.Features.Recognition;

/// <summary>
/// Awards every badge a member has earned but not yet received, and tells them. Idempotent: run by the badge
/// background job every minute (and once after seeding the demo); see docs/decisions/0007.
/// </summary>
public sealed record AwardBadges(int Max = 500) : IRequest<BadgeAwardResult>;

public sealed class AwardBadgesHandler(IForumDb db, TimeProvider clock, Badges badges, Notifier notifier, IForumLinks links) : IRequestHandler<AwardBadges, BadgeAwardResult>
{
    public async Task<BadgeAwardResult> Handle(AwardBadges request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var awards = new List<MemberBadge>();
        foreach (var definition in Badges.All)
        {
            var left = request.Max - awards.Count;
            if (left <= 0)
                break;
            var badge = definition.Badge;
            var qualifying = await badges.CountedItems(badge)
                .Where(memberId => !db.MemberBadges.Any(b => b.MemberId == memberId && b.Badge == badge))
                .GroupBy(memberId => memberId)
                .Where(g => g.Count() >= definition.Threshold)
                .OrderBy(g => g.Key).Select(g => g.Key).Take(left)
                .ToListAsync(cancellationToken);
            if (badge == Badge.Speedy && qualifying.Count > 0)
            {
                var fast = await badges.FastFirstResponsesAsync(qualifying, cancellationToken);
                qualifying = qualifying.Where(id => fast.GetValueOrDefault(id) >= definition.Threshold).ToList();
            }
            awards.AddRange(qualifying.Select(id => new MemberBadge(id, badge, now)));
        }
        if (awards.Count == 0)
            return new BadgeAwardResult(0, Conflicted: false);

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
            // Another run awarded some of these at the same moment (the unique index refused the copies). Nothing was
            // written; the next run finds what is still missing.
            return new BadgeAwardResult(0, Conflicted: true);
        }
        return new BadgeAwardResult(awards.Count, Conflicted: false);
    }
}

/// <summary>How many badges were awarded; <c>Conflicted</c> when another run got there first and this one should run again.</summary>
public sealed record BadgeAwardResult(int Awarded, bool Conflicted);
