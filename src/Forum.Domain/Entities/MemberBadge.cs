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
