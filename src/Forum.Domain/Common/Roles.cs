namespace Forum.Domain.Common;

public static class Roles
{
    public const string Admin = "Admin";
    public const string Moderator = "Moderator";
    public const string Staff = "Staff";
    /// <summary>Translates FAQ articles whatever their reputation (a granted privilege, not a team role).</summary>
    public const string Localizer = "Localizer";

    /// <summary>For <c>Roles =</c> on an authorization attribute: staff work, which administrators may also do.</summary>
    public const string StaffOrAdmin = Staff + "," + Admin;

    /// <summary>For <c>Roles =</c> on an authorization attribute: moderation, which staff and administrators may also do.</summary>
    public const string ModeratorStaffOrAdmin = Moderator + "," + StaffOrAdmin;

    public static bool IsStaff(ICurrentUser user) => IsStaff(user.IsInRole);

    /// <summary>Staff or administrator, asked of anything that knows its roles (e.g. a page's <c>User.IsInRole</c>).</summary>
    public static bool IsStaff(Func<string, bool> isInRole) => isInRole(Staff) || isInRole(Admin);

    /// <summary>Moderators, staff and administrators: they see every post and are exempt from the write allowances.</summary>
    public static bool IsModeratorOrStaff(ICurrentUser user) => user.IsInRole(Moderator) || IsStaff(user);

    /// <summary>The forum's team: their names are reserved and moderators cannot suspend them.</summary>
    public static readonly string[] Team = [Admin, Moderator, Staff];

    public static readonly string[] All = [.. Team, Localizer];

    /// <summary>The highest of a sign-in account's roles, as the badge beside the member's posts shows it.</summary>
    public static MemberRole HighestOf(IEnumerable<string> roleNames)
    {
        var names = roleNames.ToHashSet(StringComparer.Ordinal);
        return names.Contains(Admin) ? MemberRole.Admin
            : names.Contains(Staff) ? MemberRole.Staff
            : names.Contains(Moderator) ? MemberRole.Moderator
            : MemberRole.Member;
    }
}
