using System.Net;
using System.Net.Http.Json;
using Forum.Web.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Web.Tests.Api;

/// <summary>A suspension ends the member's sign-ins at once and refuses new ones, saying until when.</summary>
public sealed class SuspendedSignInTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private const string Password = "Passw0rd!";
    private static int _asked;

    private sealed record Tokens(string AccessToken, string RefreshToken);

    /// <summary>A member signed in with a bearer token (and its refresh token) and in a browser (cookie), whose question a moderator then suspends them for.</summary>
    private async Task<(string Email, HttpClient Bearer, string RefreshToken, HttpClient Browser)> MemberSuspendedWhileSignedInAsync()
    {
        var email = $"suspended-{Guid.NewGuid():N}@forum.test";
        (await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email, password = Password })).EnsureSuccessStatusCode();
        var tokens = (await (await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password })).Content.ReadFromJsonAsync<Tokens>())!;
        var bearer = forum.CreateClient();
        bearer.DefaultRequestHeaders.Authorization = new("Bearer", tokens.AccessToken);
        var browser = forum.CreateClient(new() { AllowAutoRedirect = false });
        var signedIn = await browser.PostLoginFormAsync(email, Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/questions/ask")).StatusCode);
        var id = await bearer.AskAsync(ApiCalls.NewQuestion($"Sync stops after an hour, case {(char)('a' + Interlocked.Increment(ref _asked) % 26)}"));

        var moderator = await forum.SignedInClientAsync("moderator@forum.local");
        await (await moderator.PostAsJsonAsync($"/api/v1/moderation/queue/question/{id}/actions", new { action = "suspend-author", reason = "Spam links", days = 7 }))
            .JsonAsync(HttpStatusCode.OK);
        return (email, bearer, tokens.RefreshToken, browser);
    }

    [Fact]
    public async Task A_suspended_members_bearer_token_and_cookie_stop_working_at_once()
    {
        var (_, bearer, _, browser) = await MemberSuspendedWhileSignedInAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await bearer.GetAsync("/api/v1/members/me")).StatusCode);
        var ask = await browser.GetAsync("/questions/ask");
        Assert.Equal(HttpStatusCode.Redirect, ask.StatusCode);
        Assert.Contains("/Identity/Account/Login", ask.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_suspended_member_cannot_sign_in_again_or_refresh_and_is_told_until_when()
    {
        var (email, _, refreshToken, _) = await MemberSuspendedWhileSignedInAsync();
        var until = DateTimeOffset.UtcNow.AddDays(7);

        var login = await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = Password });
        var problem = await login.JsonAsync(HttpStatusCode.Unauthorized);
        Assert.Contains($"suspended until {until:yyyy-MM-dd}", problem.GetProperty("detail").GetString());

        var browser = forum.CreateClient(new() { AllowAutoRedirect = false });
        var page = await browser.PostLoginFormAsync(email, Password);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"suspended until {until:yyyy-MM-dd}", await page.Content.ReadAsStringAsync());
        Assert.DoesNotContain(page.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("forum.auth=") && !v.StartsWith("forum.auth=;")));

        var refresh = await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });
        Assert.Equal(HttpStatusCode.Unauthorized, refresh.StatusCode);
    }

    [Fact]
    public async Task The_ask_page_and_the_answer_form_tell_a_suspended_member_until_when_before_they_write()
    {
        // A moderator's suspension also ends the member's sign-ins; a sign-in that is still current while the member
        // is suspended (the suspension recorded directly here) is told so before they write anything.
        var email = $"told-{Guid.NewGuid():N}@forum.test";
        (await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email, password = Password })).EnsureSuccessStatusCode();
        var browser = await forum.SignedInBrowserAsync(email, Password);
        var until = DateTimeOffset.UtcNow.AddDays(7);
        using (var scope = forum.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Forum.Infrastructure.Persistence.ForumDbContext>();
            var id = (await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Forum.Infrastructure.Identity.ForumUser>>().FindByEmailAsync(email))!.Id;
            (await db.Members.SingleAsync(m => m.Id == id)).Suspend(until, "Spam links");
            await db.SaveChangesAsync();
        }

        var ask = await browser.GetStringAsync("/questions/ask");
        Assert.Contains($"Your account is suspended until {until:yyyy-MM-dd}", ask);
        Assert.DoesNotContain("Post your question", ask);
        var question = await browser.GetStringAsync("/questions/1");
        Assert.Contains($"Your account is suspended until {until:yyyy-MM-dd}", question);
        Assert.DoesNotContain("Post your answer", question);
    }
}
