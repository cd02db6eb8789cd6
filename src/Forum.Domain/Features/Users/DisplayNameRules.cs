using System.Text.RegularExpressions;

namespace Forum.Domain.Features.Users;

/// <summary>
/// What a display name must be, wherever one is chosen (a member renaming, an operator adding an account): long
/// enough, with a letter or digit, not a look-alike of another member's name (<see cref="NameSkeleton"/>) and, for
/// members outside the team, without a word that would pass them off as the forum's own people.
/// </summary>
public static partial class DisplayNameRules
{
    /// <summary>Words a member's name may not contain (as a word, in any look-alike spelling): only the team may use them.</summary>
    private static readonly HashSet<string> TeamWords =
        new(new[] { "moderator", "mod", "staff", "admin", "administrator", "official", "sysop" }.Select(NameSkeleton.Of));

    /// <summary>Whole names that speak for the forum itself.</summary>
    private static readonly HashSet<string> TeamNames =
        new(new[] { "forum", "forum team", "support", "support team", "team", "system", "help desk" }.Select(NameSkeleton.Of));

    /// <summary>Why the (cleaned) name cannot be anyone's name, or null when its form is fine.</summary>
    public static Phrase? FormProblem(string name) =>
        string.IsNullOrEmpty(name) ? Phrase.Of("Problem.DisplayName.Empty")
        : name.Length < Member.DisplayNameMin ? Phrase.Of("Problem.DisplayName.TooShort", Member.DisplayNameMin)
        : name.Length > Member.DisplayNameMax ? Phrase.Of("Problem.DisplayName.TooLong", Member.DisplayNameMax)
        : !name.Any(char.IsLetterOrDigit) || NameSkeleton.Of(name).Length == 0 ? Phrase.Of("Problem.DisplayName.NoLetter")
        : null;

    /// <summary>
    /// Refuses a name that is the team's (for a member outside it) or looks like another member's name. The unique
    /// index on <see cref="Member.NameKey"/> settles two requests taking one name at the same moment.
    /// </summary>
    public static async Task EnsureAvailableAsync(IForumDb db, string name, bool forTeam, string? memberId, string field, CancellationToken ct)
    {
        if (!forTeam && IsTeamName(name))
            throw new RuleViolationException(field, $"\"{name}\" is kept for the forum's team; choose another name.", Phrase.Of("Problem.DisplayName.Team", name));
        if (await IsTakenAsync(db, name, memberId, ct))
            throw Taken(name, field);
    }

    public static Task<bool> IsTakenAsync(IForumDb db, string name, string? memberId, CancellationToken ct)
    {
        var key = NameSkeleton.Of(name);
        return db.Members.AnyAsync(m => m.NameKey == key && m.Id != memberId, ct);
    }

    /// <summary>"Name (2)", "Name (3)"...: a taken name made free for an account that cannot be asked for another one.</summary>
    public static string Numbered(string name, int number)
    {
        var suffix = $" ({number})";
        return name[..Math.Min(name.Length, Member.DisplayNameMax - suffix.Length)].TrimEnd() + suffix;
    }

    public static RuleViolationException Taken(string name, string field) =>
        new(field, $"\"{name}\" is taken, or looks too much like another member's name; choose another name.", Phrase.Of("Problem.DisplayName.Taken", name));

    /// <summary>A team word stands between spaces, punctuation or symbols; accents and look-alike letters do not hide it.</summary>
    public static bool IsTeamName(string name) =>
        TeamNames.Contains(NameSkeleton.Of(name)) || WordSeparators().Split(name).Any(word => TeamWords.Contains(NameSkeleton.Of(word)));

    [GeneratedRegex(@"[\s\p{P}\p{S}]+")]
    private static partial Regex WordSeparators();
}
