using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Account;

public sealed class AccountPagesTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string page, Dictionary<string, string> fields)
    {
        var form = await browser.GetStringAsync(page);
        fields["__RequestVerificationToken"] = FormTokens.Of(form);
        return await browser.PostAsync(page, new FormUrlEncodedContent(fields));
    }

    private async Task<(HttpClient Browser, string Email)> SignUpAsync(string name)
    {
        var email = $"{Guid.NewGuid():N}@forum.test";
        var browser = forum.CreateClient();
        var response = await PostFormAsync(browser, "/Identity/Account/Register", new()
        {
            ["Input.DisplayName"] = name, ["Input.Email"] = email, ["Input.Password"] = BrowserSignIn.Password, ["Input.ConfirmPassword"] = BrowserSignIn.Password,
        });
        Assert.Contains("Check your email", await response.Content.ReadAsStringAsync());
        (await browser.PostLoginFormAsync(email)).EnsureSuccessStatusCode();
        return (browser, email);
    }

    [Fact]
    public async Task Sign_up_asks_for_a_display_name_and_the_new_member_is_known_by_it()
    {
        var (browser, _) = await SignUpAsync($"Grace {Guid.NewGuid().ToString()[..6]}");

        var me = await (await browser.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK);

        Assert.StartsWith("Grace ", me.GetProperty("displayName").GetString());
    }

    [Theory]
    [InlineData("", "Choose the name other members will see.")]
    [InlineData("Al", "A display name has at least 3 characters.")]
    [InlineData("Moderator", "kept for the forum&#x27;s team")]
    [InlineData("alice", "is taken, or looks too much like another member&#x27;s name")]
    public async Task A_display_name_that_cannot_be_had_is_refused_on_the_form(string name, string message)
    {
        var response = await PostFormAsync(forum.CreateClient(), "/Identity/Account/Register", new()
        {
            ["Input.DisplayName"] = name, ["Input.Email"] = $"{Guid.NewGuid():N}@forum.test",
            ["Input.Password"] = BrowserSignIn.Password, ["Input.ConfirmPassword"] = BrowserSignIn.Password,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_account_pages_speak_the_forums_words_not_the_developers()
    {
        var visitor = forum.CreateClient();
        foreach (var page in new[] { "/Identity/Account/Login", "/Identity/Account/Register", "/Identity/Account/Lockout" })
        {
            var html = await visitor.GetStringAsync(page);
            Assert.DoesNotContain("external authentication", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("aka.ms", html);
        }
        var lockout = await visitor.GetStringAsync("/Identity/Account/Lockout");
        Assert.Contains("pauses for 15 minutes", lockout);
        Assert.Contains("href=\"/Identity/Account/ForgotPassword\"", lockout);
    }

    [Fact]
    public async Task Two_step_sign_in_shows_a_qr_code_image_and_the_key_to_type()
    {
        var (browser, _) = await SignUpAsync($"Quinn {Guid.NewGuid().ToString()[..6]}");

        var page = await browser.GetStringAsync("/Identity/Account/Manage/EnableAuthenticator");

        Assert.Contains("<img class=\"qr-code\" src=\"data:image/png;base64,", page);
        Assert.Matches("<kbd class=\"shared-key\">([a-z2-7]{4} ){7,}[a-z2-7]{1,4}</kbd>", page);
        var wrong = await PostFormAsync(browser, "/Identity/Account/Manage/EnableAuthenticator", new() { ["Code"] = "000000" });
        Assert.Contains("That code is not the one your app shows now", await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_member_downloads_their_data_as_json()
    {
        var (browser, email) = await SignUpAsync($"Dana {Guid.NewGuid().ToString()[..6]}");

        var response = await PostFormAsync(browser, "/Identity/Account/Manage/DownloadPersonalData", []);

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("forum-data.json", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        var data = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(email, data.GetProperty("account").GetProperty("email").GetString());
        foreach (var part in new[] { "profile", "questions", "answers", "votesCast", "reputationLedger", "notifications" })
            Assert.True(data.TryGetProperty(part, out _), part);
    }

    [Fact]
    public async Task A_member_deletes_their_account_their_posts_stay_as_a_former_members_and_they_cannot_sign_in()
    {
        var (browser, email) = await SignUpAsync($"Leaving {Guid.NewGuid().ToString()[..6]}");
        var api = await forum.SignedInClientAsync(email);
        var question = await api.AskAsync(ApiCalls.NewQuestion("A question whose asker later leaves the forum"));

        var wrong = await PostFormAsync(browser, "/Identity/Account/Manage/DeletePersonalData", new() { ["Password"] = "not-it" });
        Assert.Contains("That is not your password.", await wrong.Content.ReadAsStringAsync());
        var deleted = await PostFormAsync(browser, "/Identity/Account/Manage/DeletePersonalData", new() { ["Password"] = BrowserSignIn.Password });

        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Contains("Former member", await forum.CreateClient().GetStringAsync($"/questions/{question}"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/members/me")).StatusCode);
        Assert.Contains("Wrong email or password", await (await forum.CreateClient().PostLoginFormAsync(email)).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = BrowserSignIn.Password })).StatusCode);
    }
}
