namespace Forum.Domain.Entities;

public enum SupportTier { Standard = 0, Priority = 1 }

/// <summary>The highest team role a member holds: what the badge beside their posts says.</summary>
public enum MemberRole { Member = 0, Moderator = 1, Staff = 2, Admin = 3 }

/// <summary>The forum profile of a person, keyed by the id of their sign-in account.</summary>
public sealed class Member
{
    public const int StartingReputation = 1;
    public const int DisplayNameMin = 3;
    public const int DisplayNameMax = 60;

    private Member() { }

    public Member(string id, string displayName, DateTimeOffset createdAt)
    {
        Id = id;
        DisplayName = displayName;
        NameKey = NameSkeleton.Of(displayName);
        CreatedAt = createdAt;
    }

    public string Id { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    /// <summary>
    /// The display name's <see cref="NameSkeleton"/>, unique among members. Null only for a member from before keys
    /// were kept, until the start-up step that gives them one.
    /// </summary>
    public string? NameKey { get; private set; }
    /// <summary>A copy of the member's team role from their sign-in account, kept in the same save as the role.</summary>
    public MemberRole Role { get; private set; }
    /// <summary>A cache of <see cref="StartingReputation"/> plus the sum of the member's reputation ledger.</summary>
    public int Reputation { get; private set; } = StartingReputation;
    public SupportTier Tier { get; private set; }
    public DateTimeOffset? SuspendedUntil { get; private set; }
    public string? SuspensionReason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>When the member last chose their display name; null while they still have the name given at sign-up.</summary>
    public DateTimeOffset? DisplayNameChangedAt { get; private set; }

    /// <summary>The language the forum speaks to the member in: its pages, notifications and emails (one of <see cref="Languages.All"/>).</summary>
    public string Language { get; private set; } = Languages.English;

    /// <summary>The languages the member answers questions in, as a helper; empty for "any" (Needs attention then shows all).</summary>
    public List<string> AnswerLanguages { get; private set; } = [];

    /// <summary>When the member deleted their account (or a moderator removed it); null while it is open.</summary>
    public DateTimeOffset? LeftAt { get; private set; }

    /// <summary>What the forum shows instead of the name of a member who has left, beside the posts they leave behind.</summary>
    public const string FormerMemberName = "Former member";

    /// <summary>A suspension that never ends on its own.</summary>
    public static readonly DateTimeOffset Permanently = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public bool IsSuspendedAt(DateTimeOffset now) => SuspendedUntil is { } until && until > now;

    /// <summary>What a suspended member is told when they sign in or open a form.</summary>
    public static string SuspensionNotice(DateTimeOffset until) => until >= Permanently
        ? "Your account is suspended permanently."
        : $"Your account is suspended until {until.UtcDateTime:yyyy-MM-dd HH:mm} UTC.";

    /// <summary>The same, in the reader's language.</summary>
    public static Phrase SuspensionPhrase(DateTimeOffset until) =>
        until >= Permanently ? Phrase.Of("Suspension.Permanent") : Phrase.Of("Suspension.Until", until.UtcDateTime);

    public void Suspend(DateTimeOffset until, string reason)
    {
        SuspendedUntil = until;
        SuspensionReason = reason;
    }

    /// <summary>A moderator ends a suspension early; the member can post, vote and flag again at once.</summary>
    public void LiftSuspension()
    {
        SuspendedUntil = null;
        SuspensionReason = null;
    }

    /// <summary>Staff move a member between support tiers; questions asked earlier keep the tier they were asked with.</summary>
    public void SetTier(SupportTier tier) => Tier = tier;

    /// <summary>The member chooses the name the forum shows for them (already cleaned and checked).</summary>
    public void Rename(string displayName, DateTimeOffset at)
    {
        DisplayName = displayName;
        NameKey = NameSkeleton.Of(displayName);
        DisplayNameChangedAt = at;
    }

    /// <summary>
    /// Gives a member from before name keys their key; a name that another member kept is changed to
    /// <paramref name="displayName"/> (left free to choose again at once).
    /// </summary>
    public void KeepNameAs(string displayName)
    {
        if (displayName != DisplayName)
        {
            DisplayName = displayName;
            DisplayNameChangedAt = null;
        }
        NameKey = NameSkeleton.Of(displayName);
    }

    public void SetRole(MemberRole role) => Role = role;

    /// <summary>The member chooses the language the forum speaks to them in (already checked to be one it speaks).</summary>
    public void SpeakIn(string language) => Language = language;

    /// <summary>The member says which languages they answer in (already checked); none means any.</summary>
    public void AnswerIn(IEnumerable<string> languages) => AnswerLanguages = [.. languages.Distinct().Order(StringComparer.Ordinal)];

    /// <summary>
    /// The member leaves the forum: their name, tier, role and suspension are erased; their reputation (the sum of a
    /// ledger that others' votes and acceptances are part of) stays as it is. The name key must stay unique although
    /// every former member shows the same name: it is one that no chosen name can have (control characters never
    /// survive a name's cleaning).
    /// </summary>
    public void Leave(DateTimeOffset at)
    {
        LeftAt = at;
        DisplayName = FormerMemberName;
        NameKey = "\u0001" + Id;
        DisplayNameChangedAt = null;
        Role = MemberRole.Member;
        Tier = SupportTier.Standard;
        SuspendedUntil = null;
        SuspensionReason = null;
    }

    /// <summary>The name a new account gets when it chose none: it does not reveal the email address.</summary>
    public static string DefaultName(int number) => $"Member {number}";

    /// <summary>True for a name of the form <see cref="DefaultName"/> gives.</summary>
    public static bool IsDefaultName(string name) =>
        name.StartsWith("Member ", StringComparison.Ordinal) && name.Length > 7 && name[7..].All(char.IsAsciiDigit);
}
