using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Forum.Infrastructure.Identity;
using Forum.Web.Tests.Harness;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Web.Tests.Pages;

/// <summary>A member chooses the name the forum shows for them, on their own page or through the API.</summary>
public sealed partial class DisplayNameTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private const string Url = "/api/v1/members/me/display-name";

    [Fact]
    public async Task A_new_member_is_not_known_by_their_email_and_their_own_page_says_where_to_choose_a_name()
    {
        var (browser, id, email) = await NewMemberInBrowserAsync();

        var home = await browser.GetStringAsync("/");
        var shown = AccountName().Match(home).Groups[1].Value;
        Assert.Matches(@"^Member \d{6}$", shown);
        Assert.DoesNotContain(email.Split('@')[0], home);

        var page = await browser.GetStringAsync($"/members/{id}");
        Assert.Contains("id=\"default-name-note\"", page);
        Assert.Contains("<label class=\"form-label\" for=\"DisplayName\">Display name</label>", page);
        Assert.Contains($"value=\"{shown}\"", page);
    }

    [Fact]
    public async Task Saving_the_form_on_the_own_page_changes_the_name_in_the_header_at_once()
    {
        var (browser, id, _) = await NewMemberInBrowserAsync();

        var response = await PostNameFormAsync(browser, id, "  Ada   Lovelace ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.EndsWith($"/members/{id}/ada-lovelace", response.RequestMessage!.RequestUri!.AbsolutePath);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Your display name is saved.", page);
        Assert.DoesNotContain("id=\"default-name-note\"", page);
        Assert.Equal("Ada Lovelace", AccountName().Match(await browser.GetStringAsync("/")).Groups[1].Value);
    }

    [Fact]
    public async Task A_refused_name_comes_back_next_to_the_field_with_what_was_typed()
    {
        var (browser, id, _) = await NewMemberInBrowserAsync();

        var response = await PostNameFormAsync(browser, id, "Al");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Matches("<span class=\"field-error[^\"]*\" id=\"display-name-error\"[^>]*>A display name has at least 3 characters.</span>", page);
        Assert.Contains("value=\"Al\"", page);
        Assert.Matches(@"^Member \d{6}$", AccountName().Match(await browser.GetStringAsync("/")).Groups[1].Value);

        var reserved = await (await PostNameFormAsync(browser, id, "Moderator")).Content.ReadAsStringAsync();
        Assert.Contains("is kept for the forum&#x27;s team", reserved);
    }

    [Fact]
    public async Task A_second_rename_too_soon_comes_back_next_to_the_field_with_when_to_try_again()
    {
        var (browser, id, _) = await NewMemberInBrowserAsync();
        await PostNameFormAsync(browser, id, "Hedy Lamarr");

        var refused = await PostNameFormAsync(browser, id, "Mary Somerville");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Matches("<span class=\"field-error[^\"]*\" id=\"display-name-error\"[^>]*>You changed your display name recently", page);
        Assert.Contains("value=\"Mary Somerville\"", page);
        Assert.Equal("Hedy Lamarr", AccountName().Match(await browser.GetStringAsync("/")).Groups[1].Value);
    }

    [Fact]
    public async Task Nobody_can_rename_someone_else_through_their_page()
    {
        var (browser, _, _) = await NewMemberInBrowserAsync();
        var (_, otherId, _) = await NewMemberInBrowserAsync();
        var page = await browser.GetStringAsync($"/members/{otherId}");
        Assert.DoesNotContain("id=\"DisplayName\"", page);

        var response = await browser.PostAsync($"/members/{otherId}?handler=DisplayName", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["DisplayName"] = "Hijacked",
            ["__RequestVerificationToken"] = FormTokens.Of(page),
        }));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_api_changes_the_name_and_returns_it()
    {
        var member = await forum.NewMemberAsync();

        var renamed = await (await member.PutAsJsonAsync(Url, new { displayName = " Grace\u202E Hopper " })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("Grace Hopper", renamed.GetProperty("displayName").GetString());
        var me = await (await member.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Grace Hopper", me.GetProperty("displayName").GetString());
        Assert.False(me.GetProperty("hasDefaultName").GetBoolean());
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("ab")]
    [InlineData("\u200B\u202E\u0000")]
    [InlineData("admin")]
    public async Task A_bad_name_is_a_400_problem_about_the_display_name(string name)
    {
        var member = await forum.NewMemberAsync();

        var problem = await (await member.PutAsJsonAsync(Url, new { displayName = name })).JsonAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("displayName", out _), problem.ToString());
        Assert.Matches(@"^Member \d{6}$", (await (await member.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Oversized_missing_and_malformed_input_is_a_400()
    {
        var member = await forum.NewMemberAsync();

        await (await member.PutAsJsonAsync(Url, new { displayName = new string('x', 100_000) })).JsonAsync(HttpStatusCode.BadRequest);
        await (await member.PutAsJsonAsync(Url, new { })).JsonAsync(HttpStatusCode.BadRequest);
        await (await member.PutAsJsonAsync(Url, new { displayName = 42 })).JsonAsync(HttpStatusCode.BadRequest);
        await (await member.PutAsync(Url, new StringContent("{\"displayName\":", System.Text.Encoding.UTF8, "application/json"))).JsonAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_visitor_who_is_not_signed_in_gets_a_401()
    {
        var response = await forum.CreateClient().PutAsJsonAsync(Url, new { displayName = "Ghost" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Two_renames_at_once_leave_one_name_and_refuse_the_other()
    {
        var member = await forum.NewMemberAsync();

        var responses = await Task.WhenAll(
            member.PutAsJsonAsync(Url, new { displayName = "First Name" }),
            member.PutAsJsonAsync(Url, new { displayName = "Second Name" }));

        var codes = responses.Select(r => r.StatusCode).OrderBy(c => c).ToList();
        Assert.Equal(HttpStatusCode.OK, codes[0]);
        Assert.Contains(codes[1], new[] { HttpStatusCode.Conflict, HttpStatusCode.TooManyRequests });
        var saved = (await (await member.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("displayName").GetString();
        var winner = await responses.Single(r => r.StatusCode == HttpStatusCode.OK).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(winner.GetProperty("displayName").GetString(), saved);
    }

    [Fact]
    public async Task A_name_with_markup_is_kept_as_text_and_shown_escaped()
    {
        var (browser, id, _) = await NewMemberInBrowserAsync();
        const string hostile = "<script>alert(1)</script>";

        await PostNameFormAsync(browser, id, hostile);

        var page = await browser.GetStringAsync($"/members/{id}");
        Assert.DoesNotContain(hostile, page);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page);
        Assert.Equal("&lt;script&gt;alert(1)&lt;/script&gt;", AccountName().Match(await browser.GetStringAsync("/")).Groups[1].Value);
        var profile = await (await forum.CreateClient().GetAsync($"/api/v1/members/{id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(hostile, profile.GetProperty("displayName").GetString());
    }

    /// <summary>Registers a member without a name and signs them in through the login page, as a browser would (cookies).</summary>
    private async Task<(HttpClient Browser, string Id, string Email)> NewMemberInBrowserAsync()
    {
        var email = $"jane.doe.{Guid.NewGuid():N}@forum.test";
        (await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email, password = "Passw0rd!" })).EnsureSuccessStatusCode();
        var browser = await forum.SignedInBrowserAsync(email);
        using var scope = forum.Services.CreateScope();
        var account = await scope.ServiceProvider.GetRequiredService<UserManager<ForumUser>>().FindByEmailAsync(email);
        return (browser, account!.Id, email);
    }

    private static async Task<HttpResponseMessage> PostNameFormAsync(HttpClient browser, string id, string name)
    {
        var page = await browser.GetStringAsync($"/members/{id}");
        return await browser.PostAsync($"/members/{id}?handler=DisplayName", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["DisplayName"] = name,
            ["__RequestVerificationToken"] = FormTokens.Of(page),
        }));
    }

    [GeneratedRegex("<span class=\"account-name\">([^<]*)</span>")]
    private static partial Regex AccountName();
}
