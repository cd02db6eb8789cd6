using System.Text.RegularExpressions;
using Forum.Domain.Common;

namespace Forum.Domain.Tests.Architecture;

/// <summary>
/// Roles are named through <see cref="Roles"/> only: a role written as a string ("Staff,Admin") in an attribute or a
/// role check is how one page forgets the administrators another lets in.
/// </summary>
public sealed partial class RoleSpellingTests
{
    [GeneratedRegex(@"(\bRoles\s*=\s*|\bIsInRole\(\s*|\bRequireRole\(\s*|\bAddToRoleAsync\([^,]+,\s*|\bRunAs\([^,]+,\s*)""|""(Admin|Moderator|Staff)\s*,")]
    private static partial Regex SpelledOutRole();

    [Fact]
    public void No_code_spells_a_role_out_instead_of_naming_its_constant()
    {
        var offences = Repository.SourceLinesMatching(SpelledOutRole(), file =>
            (file.EndsWith(".cs", StringComparison.Ordinal) || file.EndsWith(".cshtml", StringComparison.Ordinal)) && file != "src/Forum.Domain/Common/Roles.cs");

        Assert.True(offences.Count == 0, "Name roles through Forum.Domain.Common.Roles (Roles.Staff, Roles.StaffOrAdmin...):\n" + string.Join("\n", offences));
    }

    [Fact]
    public void The_check_recognises_a_role_written_as_a_string()
    {
        Assert.Matches(SpelledOutRole(), "[Authorize(Roles = \"Moderator,Staff,Admin\")]");
        Assert.Matches(SpelledOutRole(), "User.IsInRole(\"Staff\")");
        Assert.Matches(SpelledOutRole(), "currentUser.RunAs(id, \"Moderator\")");
        Assert.DoesNotMatch(SpelledOutRole(), "[Authorize(Roles = Roles.ModeratorStaffOrAdmin)]");
        Assert.DoesNotMatch(SpelledOutRole(), "MemberRole.Staff => (\"Staff\", \"Forum staff\"),");
    }

    [Fact]
    public void The_role_lists_name_every_role_that_may_do_the_work()
    {
        Assert.Equal([Roles.Staff, Roles.Admin], Roles.StaffOrAdmin.Split(','));
        Assert.Equal([Roles.Moderator, Roles.Staff, Roles.Admin], Roles.ModeratorStaffOrAdmin.Split(','));
    }
}
