using Forum.Domain.Entities;
using Forum.Infrastructure.Identity;
using Forum.Infrastructure.Persistence.Interceptors;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Forum.Infrastructure.Tests.Persistence.Interceptors;

public sealed class MembersForNewAccountsInterceptorTests(InterceptedDatabase database) : IClassFixture<InterceptedDatabase>
{
    [Fact]
    public async Task A_new_account_gets_its_member_in_the_same_save()
    {
        await using var db = database.Open(new MembersForNewAccountsInterceptor(TimeProvider.System));
        var user = new ForumUser { UserName = "lena@forum.test", Email = "lena@forum.test", DisplayName = "  Lena  " };
        db.Users.Add(user);
        await db.SaveChangesAsync();

        await using var check = database.Open();
        var member = await check.Members.SingleAsync(m => m.Id == user.Id);
        Assert.Equal("Lena", member.DisplayName);
        Assert.Equal("Lena", (await check.Users.SingleAsync(u => u.Id == user.Id)).DisplayName);
    }

    [Fact]
    public async Task A_name_taken_by_another_member_is_numbered_and_an_account_without_a_name_gets_one_that_hides_its_email()
    {
        await database.AddMemberAsync("Marco");
        await using var db = database.Open(new MembersForNewAccountsInterceptor(TimeProvider.System));
        var twin = new ForumUser { UserName = "marco@forum.test", Email = "marco@forum.test", DisplayName = "marco" };
        var nameless = new ForumUser { UserName = "someone@forum.test", Email = "someone@forum.test", DisplayName = "" };
        db.Users.AddRange(twin, nameless);
        await db.SaveChangesAsync();

        await using var check = database.Open();
        Assert.Equal("marco (2)", await check.Members.Where(m => m.Id == twin.Id).Select(m => m.DisplayName).SingleAsync());
        var drawn = await check.Members.Where(m => m.Id == nameless.Id).Select(m => m.DisplayName).SingleAsync();
        Assert.True(Member.IsDefaultName(drawn), drawn);
    }
}

public sealed class AccountDisplayNameInterceptorTests(InterceptedDatabase database) : IClassFixture<InterceptedDatabase>
{
    [Fact]
    public async Task A_members_new_display_name_is_kept_on_their_account_too()
    {
        var id = await database.AddMemberAsync("Old Name");
        await using (var db = database.Open(new AccountDisplayNameInterceptor()))
        {
            (await db.Members.SingleAsync(m => m.Id == id)).Rename("New Name", InterceptedDatabase.Now);
            await db.SaveChangesAsync();
        }

        await using var check = database.Open();
        Assert.Equal("New Name", (await check.Users.SingleAsync(u => u.Id == id)).DisplayName);
    }
}

public sealed class MemberRoleInterceptorTests(InterceptedDatabase database) : IClassFixture<InterceptedDatabase>
{
    [Fact]
    public async Task A_role_given_or_taken_on_an_account_is_copied_to_its_member()
    {
        var id = await database.AddMemberAsync("Mia");
        await using var db = database.Open(new MemberRoleInterceptor());
        var moderator = new IdentityRole("Moderator") { NormalizedName = "MODERATOR" };
        var staff = new IdentityRole("Staff") { NormalizedName = "STAFF" };
        db.Roles.AddRange(moderator, staff);
        await db.SaveChangesAsync();
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = id, RoleId = moderator.Id });
        await db.SaveChangesAsync();
        Assert.Equal(MemberRole.Moderator, await RoleOf(id));

        db.UserRoles.Add(new IdentityUserRole<string> { UserId = id, RoleId = staff.Id });
        await db.SaveChangesAsync();
        Assert.Equal(MemberRole.Staff, await RoleOf(id));

        db.UserRoles.RemoveRange(await db.UserRoles.Where(r => r.UserId == id).ToListAsync());
        await db.SaveChangesAsync();
        Assert.Equal(MemberRole.Member, await RoleOf(id));
    }

    private async Task<MemberRole> RoleOf(string id)
    {
        await using var check = database.Open();
        return await check.Members.Where(m => m.Id == id).Select(m => m.Role).SingleAsync();
    }
}
