using System.Net;
using System.Net.Http.Json;
using Forum.Infrastructure.Identity;
using Forum.Web.Tests.Harness;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Web.Tests.Api;

public sealed class AccountTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_through_the_login_page_and_then_the_right_one_fails_like_a_wrong_one()
    {
        var email = $"locked-{Guid.NewGuid():N}@forum.test";
        await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email, password = "Passw0rd!" });
        var browser = forum.CreateClient();
        for (var i = 0; i < 5; i++)
            await browser.PostLoginFormAsync(email, "wrong-password");

        var withTheRightPassword = await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Passw0rd!" });

        // Saying "locked out" to the right password only would let a guesser go on guessing through the lockout.
        Assert.Equal(HttpStatusCode.Unauthorized, withTheRightPassword.StatusCode);
        Assert.Contains("\"detail\":\"Failed\"", await withTheRightPassword.Content.ReadAsStringAsync());
        using var scope = forum.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ForumUser>>();
        var account = (await users.FindByEmailAsync(email))!;
        Assert.True(await users.IsLockedOutAsync(account));
        // Its owner hears of it by email, with until when.
        var db = scope.ServiceProvider.GetRequiredService<Forum.Infrastructure.Persistence.ForumDbContext>();
        var notice = Assert.Single(db.OutboxMessages.Where(m => m.MemberId == account.Id && m.Subject == "Sign-in to your account is paused"));
        Assert.Contains($"paused until {account.LockoutEnd!.Value.UtcDateTime:yyyy-MM-dd HH:mm} UTC", notice.HtmlBody);
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        var response = await forum.CreateClient().PostAsync("/Identity/Account/Login",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "bob@forum.local", ["Input.Password"] = "Passw0rd!" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_header_greets_a_signed_in_member_by_display_name()
    {
        var browser = forum.CreateClient();
        await browser.PostLoginFormAsync("bob@forum.local");

        var home = await browser.GetStringAsync("/");

        Assert.Contains("<span class=\"account-name\">Bob</span>", home);
    }
}
