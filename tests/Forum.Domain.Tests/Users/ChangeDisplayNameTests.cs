using FluentValidation;
using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Users;
using Forum.Domain.Tests.Harness;
using Forum.Infrastructure.Identity;
using Forum.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Users;

public sealed class ChangeDisplayNameTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    private Task<(string Member, string? Account)> NamesOfAsync(string id) =>
        _forum.QueryAsync(async db => (
            await db.Members.Where(m => m.Id == id).Select(m => m.DisplayName).SingleAsync(),
            await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).SingleAsync()));

    [Fact]
    public async Task A_member_renames_themselves_and_their_profile_and_account_show_the_new_name()
    {
        var me = await _forum.CreateMemberAsync("newcomer");

        var result = await _forum.SendAsync(me, new ChangeDisplayName("  Ada   Lovelace "));

        Assert.Equal("Ada Lovelace", result.DisplayName);
        Assert.Equal(("Ada Lovelace", "Ada Lovelace"), await NamesOfAsync(me));
        Assert.Equal("Ada Lovelace", (await _forum.SendAsync(null, new GetMemberProfile(me))).DisplayName);
    }

    [Theory]
    [InlineData("", "Enter a display name.")]
    [InlineData("   \t ", "Enter a display name.")]
    [InlineData("\u200B\u202E\u0007", "Enter a display name.")]
    [InlineData("Al", "A display name has at least 3 characters.")]
    [InlineData("A\u200B\u200Bl", "A display name has at least 3 characters.")]
    [InlineData("...", "A display name needs at least one letter or digit.")]
    public async Task A_name_that_is_empty_or_too_short_once_cleaned_is_refused_with_a_clear_message(string name, string message)
    {
        var me = await _forum.CreateMemberAsync("newcomer");

        var refused = await Assert.ThrowsAsync<ValidationException>(() => _forum.SendAsync(me, new ChangeDisplayName(name)));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((nameof(ChangeDisplayName.DisplayName), message), (error.PropertyName, error.ErrorMessage));
        Assert.Equal("newcomer", (await NamesOfAsync(me)).Member);
    }

    [Fact]
    public async Task A_name_longer_than_60_characters_is_refused()
    {
        var me = await _forum.CreateMemberAsync("newcomer");

        var refused = await Assert.ThrowsAsync<ValidationException>(() => _forum.SendAsync(me, new ChangeDisplayName(new string('a', 61))));

        Assert.Equal("A display name has at most 60 characters.", Assert.Single(refused.Errors).ErrorMessage);
        Assert.Equal("newcomer", (await NamesOfAsync(me)).Member);
        Assert.Equal(new string('b', 60), (await _forum.SendAsync(me, new ChangeDisplayName(new string('b', 60)))).DisplayName);
    }

    [Fact]
    public async Task Control_invisible_and_bidirectional_characters_are_taken_out_of_the_name()
    {
        var me = await _forum.CreateMemberAsync("newcomer");

        var result = await _forum.SendAsync(me, new ChangeDisplayName("Bob\u202Eenoyreve\u202C\u200B\u0000 \r\n the\u2066 Builder"));

        Assert.Equal("Bobenoyreve the Builder", result.DisplayName);
        Assert.Equal("Bobenoyreve the Builder", (await NamesOfAsync(me)).Member);
    }

    [Theory]
    [InlineData("Moderator")]
    [InlineData("STAFF")]
    [InlineData(" admin ")]
    [InlineData("Administrator")]
    [InlineData("forum")]
    [InlineData("Mod\u200Berator")]
    public async Task A_member_cannot_take_a_name_of_the_forums_team(string name)
    {
        var me = await _forum.CreateMemberAsync("newcomer");

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => _forum.SendAsync(me, new ChangeDisplayName(name)));

        Assert.Equal(nameof(ChangeDisplayName.DisplayName), refused.Field);
        Assert.Contains("kept for the forum's team", refused.Message);
        Assert.Equal("newcomer", (await NamesOfAsync(me)).Member);
    }

    [Fact]
    public async Task Staff_may_take_a_name_of_the_forums_team()
    {
        var staff = await _forum.CreateMemberAsync("sam");

        var result = await _forum.SendAsync(staff, new ChangeDisplayName("Staff"), Roles.Staff);

        Assert.Equal("Staff", result.DisplayName);
    }

    [Theory]
    [InlineData("Bob", "bob")]
    [InlineData("Bob", "BOB")]
    [InlineData("Bob", "Ｂｏｂ")] // full-width
    [InlineData("Bob", "Bоb")] // Cyrillic о
    [InlineData("Bob", "B0b")]
    [InlineData("Bob", "B​ob")] // zero-width space
    [InlineData("Bob", "Bôb")]
    [InlineData("Bob", "B o b")]
    [InlineData("Bill", "BiII")] // capital I for l
    [InlineData("Bill", "B1ll")]
    [InlineData("Bill", "B|ll")]
    [InlineData("Marta", "Rnarta")] // rn for m, lower-cased
    [InlineData("Zoë", "Zoe")]
    [InlineData("José", "José")] // decomposed accent
    [InlineData("Alpha Ops", "Αlphа Οps")] // Greek Α and Ο, Cyrillic а
    [InlineData("Kim", "Kim")] // Kelvin sign
    public async Task A_member_cannot_take_a_name_that_looks_like_another_members(string taken, string lookalike)
    {
        var first = await _forum.CreateMemberAsync("first");
        var second = await _forum.CreateMemberAsync("second");
        await _forum.SendAsync(first, new ChangeDisplayName(taken));

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => _forum.SendAsync(second, new ChangeDisplayName(lookalike)));

        Assert.Equal(nameof(ChangeDisplayName.DisplayName), refused.Field);
        Assert.Contains("looks too much like another member's name", refused.Message);
        Assert.Equal("second", (await NamesOfAsync(second)).Member);
    }
    [Theory]
    [InlineData("Bob", "Rob")]
    [InlineData("Anna", "Anne")]
    [InlineData("Jon", "Joan")]
    [InlineData("Member 123456", "Member 123457")]
    [InlineData("Lee", "Lea")]
    [InlineData("Sam Stone", "Sam Store")]
    [InlineData("Zoë", "Zoé Two")]
    [InlineData("Łukasz", "Lukas")]
    [InlineData("Мария", "Мариям")] // Cyrillic names stay names of their own
    [InlineData("李小龍", "李小龙")] // traditional and simplified are different characters
    public async Task Names_that_only_share_letters_or_differ_by_a_real_letter_stay_allowed(string taken, string other)
    {
        var first = await _forum.CreateMemberAsync("first");
        var second = await _forum.CreateMemberAsync("second");
        await _forum.SendAsync(first, new ChangeDisplayName(taken));

        Assert.Equal(other, (await _forum.SendAsync(second, new ChangeDisplayName(other))).DisplayName);
    }

    [Fact]
    public async Task A_member_cannot_pass_for_a_staff_member_by_a_look_alike_of_their_name()
    {
        var staff = await _forum.CreateMemberAsync("staffer");
        await _forum.SendAsync(staff, new ChangeDisplayName("Sam Staff"), Roles.Staff);
        var member = await _forum.CreateMemberAsync("member");

        foreach (var name in new[] { "Sam Staff", "sam staff", "Sаm Stаff", "SamStaff", "Sam_Staff", "Ｓａｍ Ｓｔａｆｆ", "Sam‍ Staff" })
            await Assert.ThrowsAsync<RuleViolationException>(() => _forum.SendAsync(member, new ChangeDisplayName(name)));
        Assert.Equal("member", (await NamesOfAsync(member)).Member);
    }

    [Theory]
    [InlineData("Bob Staff")]
    [InlineData("Bob (Moderator)")]
    [InlineData("Bob the Admin")]
    [InlineData("Official Bob")]
    [InlineData("Bob - Stäff")]
    [InlineData("Bob Ѕtaff")] // Cyrillic Ѕ
    [InlineData("Bob M0derator")]
    [InlineData("Forum Team")]
    [InlineData("Support")]
    public async Task A_member_cannot_put_a_word_of_the_forums_team_in_their_name(string name)
    {
        var me = await _forum.CreateMemberAsync("newcomer");

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => _forum.SendAsync(me, new ChangeDisplayName(name)));

        Assert.Contains("kept for the forum's team", refused.Message);
        // Words that only contain one of them are fine.
        Assert.Equal("Staffordshire Bob", (await _forum.SendAsync(me, new ChangeDisplayName("Staffordshire Bob"))).DisplayName);
    }

    [Fact]
    public async Task A_member_may_change_the_case_of_their_own_name()
    {
        var me = await _forum.CreateMemberAsync("newcomer");
        await _forum.SendAsync(me, new ChangeDisplayName("ada lovelace"));
        _forum.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal("Ada Lovelace", (await _forum.SendAsync(me, new ChangeDisplayName("Ada Lovelace"))).DisplayName);
    }

    [Fact]
    public async Task The_database_refuses_a_second_member_with_a_look_alike_name_even_past_the_handler()
    {
        var first = await _forum.CreateMemberAsync("first");
        var second = await _forum.CreateMemberAsync("second");
        await _forum.SendAsync(first, new ChangeDisplayName("Bob"));

        // As a request that checked before the other's rename was saved would do.
        await Assert.ThrowsAnyAsync<ConflictException>(() => _forum.QueryAsync(async db =>
        {
            (await db.Members.SingleAsync(m => m.Id == second)).Rename("B0B", _forum.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task An_account_created_with_a_taken_name_gets_a_number_and_default_names_are_never_given_twice()
    {
        await _forum.CreateMemberAsync("Grace Hopper");
        var second = await _forum.CreateMemberAsync("grace hopper");
        var third = await _forum.CreateMemberAsync("GRACE HOPPER");

        Assert.Equal("grace hopper (2)", (await NamesOfAsync(second)).Member);
        Assert.Equal("GRACE HOPPER (3)", (await NamesOfAsync(third)).Member);
        Assert.Equal("GRACE HOPPER (3)", (await NamesOfAsync(third)).Account);
    }

    [Fact]
    public async Task A_role_given_to_an_account_is_copied_to_the_member_and_taken_away_with_it()
    {
        var me = await _forum.CreateMemberAsync("helper");
        async Task<MemberRole> RoleAsync() => await _forum.QueryAsync(db => db.Members.Where(m => m.Id == me).Select(m => m.Role).SingleAsync());

        await _forum.QueryAsync(async db =>
        {
            foreach (var name in Roles.All)
                db.Roles.Add(new Microsoft.AspNetCore.Identity.IdentityRole(name) { NormalizedName = name.ToUpperInvariant() });
            await db.SaveChangesAsync();
            db.UserRoles.Add(new() { UserId = me, RoleId = db.Roles.Single(r => r.Name == Roles.Moderator).Id });
            return await db.SaveChangesAsync();
        });
        Assert.Equal(MemberRole.Moderator, await RoleAsync());

        await _forum.QueryAsync(async db =>
        {
            db.UserRoles.Add(new() { UserId = me, RoleId = db.Roles.Single(r => r.Name == Roles.Staff).Id });
            return await db.SaveChangesAsync();
        });
        Assert.Equal(MemberRole.Staff, await RoleAsync());

        await _forum.QueryAsync(async db =>
        {
            db.UserRoles.RemoveRange(db.UserRoles.Where(r => r.UserId == me));
            return await db.SaveChangesAsync();
        });
        Assert.Equal(MemberRole.Member, await RoleAsync());
    }

    [Fact]
    public async Task Members_from_before_name_keys_get_them_at_start_up_the_team_and_the_oldest_keeping_look_alike_names()
    {
        var ids = new List<string>();
        foreach (var name in new[] { "impostor", "staffer", "older", "younger", "Unique Name" })
        {
            ids.Add(await _forum.CreateMemberAsync(name));
            _forum.Clock.Advance(TimeSpan.FromMinutes(1)); // each account a minute older than the next
        }
        var (impostor, staff, older, younger, keeps) = (ids[0], ids[1], ids[2], ids[3], ids[4]);
        await _forum.QueryAsync(async db =>
        {
            db.Roles.Add(new Microsoft.AspNetCore.Identity.IdentityRole(Roles.Staff) { NormalizedName = "STAFF" });
            await db.SaveChangesAsync();
            db.UserRoles.Add(new() { UserId = staff, RoleId = db.Roles.Single().Id });
            await db.SaveChangesAsync();
            // The data as it was before: names that look alike, no keys, no copy of the role.
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Members" SET "NameKey" = NULL, "Role" = 0""");
            foreach (var (id, name) in new[] { (impostor, "Sam Staff"), (staff, "Sam Ѕtaff"), (older, "Bob"), (younger, "B0B") })
                await db.Database.ExecuteSqlRawAsync("""UPDATE "Members" SET "DisplayName" = {0} WHERE "Id" = {1}""", name, id);
            return 0;
        });

        await _forum.WithServiceAsync<DatabaseInitializer, int>(async init => { await init.MigrateAsync(); return 0; });

        var members = await _forum.QueryAsync(db => db.Members.ToDictionaryAsync(m => m.Id, m => (m.DisplayName, m.NameKey, m.Role)));
        Assert.Equal(("Sam Ѕtaff", NameSkeleton.Of("Sam Staff"), MemberRole.Staff), members[staff]);
        Assert.Equal("Sam Staff (2)", members[impostor].DisplayName);
        Assert.Equal("Bob", members[older].DisplayName);
        Assert.Equal("B0B (2)", members[younger].DisplayName);
        Assert.Equal(("Unique Name", "unlquenarne"), (members[keeps].DisplayName, members[keeps].NameKey));
        Assert.Equal("B0B (2)", (await NamesOfAsync(younger)).Account);
    }
    [Fact]
    public async Task A_visitor_who_is_not_signed_in_cannot_rename_anyone()
    {
        await Assert.ThrowsAsync<UnauthenticatedException>(() => _forum.SendAsync(null, new ChangeDisplayName("Ghost")));
    }

    [Fact]
    public async Task A_suspended_member_cannot_rename_themselves()
    {
        var me = await _forum.CreateMemberAsync("troll");
        await _forum.QueryAsync(async db =>
        {
            (await db.Members.SingleAsync(m => m.Id == me)).Suspend(_forum.Clock.GetUtcNow().AddDays(7), "Spam");
            return await db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(me, new ChangeDisplayName("Innocent")));
        Assert.Equal("troll", (await NamesOfAsync(me)).Member);
    }

    [Fact]
    public async Task The_first_change_is_free_and_the_next_one_waits_a_day()
    {
        var me = await _forum.CreateMemberAsync("newcomer");
        await _forum.SendAsync(me, new ChangeDisplayName("First choice"));
        _forum.Clock.Advance(TimeSpan.FromHours(1));

        var limited = await Assert.ThrowsAsync<RateLimitedException>(() => _forum.SendAsync(me, new ChangeDisplayName("Second choice")));
        Assert.Equal(TimeSpan.FromHours(23), limited.RetryAfter);
        // Saving the same name again is no change and costs nothing.
        Assert.Equal("First choice", (await _forum.SendAsync(me, new ChangeDisplayName(" First  choice"))).DisplayName);

        _forum.Clock.Advance(TimeSpan.FromHours(23));
        Assert.Equal("Second choice", (await _forum.SendAsync(me, new ChangeDisplayName("Second choice"))).DisplayName);
    }

    [Fact]
    public async Task Moderators_are_not_held_to_the_wait_between_renames()
    {
        var moderator = await _forum.CreateMemberAsync("mod");
        await _forum.SendAsync(moderator, new ChangeDisplayName("Mod One"), Roles.Moderator);

        Assert.Equal("Mod Two", (await _forum.SendAsync(moderator, new ChangeDisplayName("Mod Two"), Roles.Moderator)).DisplayName);
    }

    [Fact]
    public async Task A_new_account_without_a_name_gets_a_default_name_that_does_not_reveal_its_email()
    {
        var id = await _forum.QueryAsync(async db =>
        {
            var user = new ForumUser { UserName = "jane.doe@example.com", Email = "jane.doe@example.com" };
            db.Users.Add(user);
            await db.SaveChangesAsync();
            return user.Id;
        });

        var (name, account) = await NamesOfAsync(id);
        Assert.Matches(@"^Member \d{6}$", name);
        Assert.DoesNotContain("jane", name, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(name, account);
        var profile = await _forum.SendAsync(id, new GetMemberProfile(id));
        Assert.True(profile.HasDefaultName);

        await _forum.SendAsync(id, new ChangeDisplayName("Jane"));
        Assert.False((await _forum.SendAsync(id, new GetMemberProfile(id))).HasDefaultName);
    }

    [Fact]
    public async Task A_member_who_chose_a_name_at_sign_up_does_not_have_a_default_name()
    {
        var me = await _forum.CreateMemberAsync("Grace");

        Assert.False((await _forum.SendAsync(me, new GetMemberProfile(me))).HasDefaultName);
        Assert.False(Member.IsDefaultName("Member"));
        Assert.False(Member.IsDefaultName("Member 12a"));
    }
}
