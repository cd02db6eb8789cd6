using FluentValidation;
using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Users;
using Forum.Domain.Tests.Support;
using Forum.Infrastructure.Identity;
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

    [Fact]
    public async Task Names_need_not_be_unique()
    {
        var first = await _forum.CreateMemberAsync("first");
        var second = await _forum.CreateMemberAsync("second");

        await _forum.SendAsync(first, new ChangeDisplayName("Alex"));
        await _forum.SendAsync(second, new ChangeDisplayName("alex"));

        Assert.Equal("alex", (await NamesOfAsync(second)).Member);
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
            (await db.Members.SingleAsync(m => m.Id == me)).Suspend(_forum.Clock.UtcNow.AddDays(7), "Spam");
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
