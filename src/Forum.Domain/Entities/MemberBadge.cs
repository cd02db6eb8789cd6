namespace Forum.Domain.Entities;

/// <summary>The badges a member can earn; each is awarded once (see Features/Recognition/Badges.cs for the rules).</summary>
public enum Badge
{
    FirstAnswer = 0,
    FirstSolution = 1,
    Helpful = 2,
    Solver = 3,
    Official = 4,
    FaqAuthor = 5,
    Guardian = 6,
    Speedy = 7,
}

/// <summary>A badge a member earned, and when. One per member and badge (a unique index enforces it).</summary>
public sealed class MemberBadge
{
    private MemberBadge() { }

    public MemberBadge(string memberId, Badge badge, DateTimeOffset now)
    {
        MemberId = memberId;
        Badge = badge;
        AwardedAt = now;
    }

    public long Id { get; private set; }
    public string MemberId { get; private set; } = "";
    public Member? Member { get; private set; }
    public Badge Badge { get; private set; }
    public DateTimeOffset AwardedAt { get; private set; }
}

/// <summary>
/// A member whose badges are due for a look: written in the same save as a change that may have earned them one (an
/// answer, a vote on it, an acceptance, a verification, an FAQ credit, an upheld flag), and taken by the award job
/// (<c>AwardBadges</c>), which so looks only at the members something happened to. Rows are only added and deleted.
/// </summary>
public sealed class BadgeCheck
{
    private BadgeCheck() { }

    public BadgeCheck(string memberId) => MemberId = memberId;

    public long Id { get; private set; }
    public string MemberId { get; private set; } = "";
}
