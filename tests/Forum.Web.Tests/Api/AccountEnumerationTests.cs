using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Forum.Infrastructure.Identity;
using Forum.Web.Tests.Harness;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Forum.Web.Tests.Api;

/// <summary>Login and sign-up tell nobody whether an address has an account, on the pages and in the API.</summary>
public sealed partial class AccountEnumerationTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private const string Password = "Passw0rd!";

    /// <summary>An unknown address, an ordinary account, a locked-out one and an unconfirmed one.</summary>
    private async Task<string[]> FourKindsOfAddressAsync()
    {
        var unknown = $"nobody-{Guid.NewGuid():N}@forum.test";
        var existing = await RegisterAsync("existing");
        var locked = await RegisterAsync("locked");
        for (var i = 0; i < 5; i++)
            await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = locked, password = "wrong-password" });
        var unconfirmed = await RegisterAsync("unconfirmed");
        using var scope = forum.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ForumUser>>();
        Assert.True(await users.IsLockedOutAsync((await users.FindByEmailAsync(locked))!));
        var account = (await users.FindByEmailAsync(unconfirmed))!;
        account.EmailConfirmed = false;
        await users.UpdateAsync(account);
        return [unknown, existing, locked, unconfirmed];
    }

    private async Task<string> RegisterAsync(string name)
    {
        var email = $"{name}-{Guid.NewGuid():N}@forum.test";
        (await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email, password = Password })).EnsureSuccessStatusCode();
        return email;
    }

    private async Task<string> ConfirmedAsync(string email)
    {
        using var scope = forum.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ForumUser>>();
        var account = (await users.FindByEmailAsync(email))!;
        account.EmailConfirmed = true;
        await users.UpdateAsync(account);
        return email;
    }

    /// <summary>The forum requires confirmed addresses in production; the test forum does not, but for this class.</summary>
    private Restore RequiringConfirmedEmail()
    {
        var signIn = forum.Services.GetRequiredService<IOptions<IdentityOptions>>().Value.SignIn;
        signIn.RequireConfirmedAccount = true;
        return new Restore(() => signIn.RequireConfirmedAccount = false);
    }

    [Fact]
    public async Task The_login_api_answers_a_wrong_password_alike_for_unknown_existing_locked_and_unconfirmed_accounts()
    {
        var addresses = await FourKindsOfAddressAsync();
        using var _ = RequiringConfirmedEmail();

        var answers = new List<string>();
        foreach (var email in addresses)
        {
            var response = await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email, password = "Wrong-passw0rd!" });
            answers.Add($"{(int)response.StatusCode} {WithoutTraceId(await response.Content.ReadAsStringAsync())}");
        }

        Assert.Equal(answers[0], answers[1]);
        Assert.Equal(answers[0], answers[2]);
        Assert.Equal(answers[0], answers[3]);
        Assert.StartsWith("401 ", answers[0]);
        Assert.DoesNotContain("Locked", answers[0]);
    }

    [Fact]
    public async Task The_login_page_answers_a_wrong_password_alike_for_unknown_existing_locked_and_unconfirmed_accounts()
    {
        var addresses = await FourKindsOfAddressAsync();
        using var _ = RequiringConfirmedEmail();

        var answers = new List<string>();
        foreach (var email in addresses)
        {
            var (status, page) = await LoginPageAnswerAsync(forum.CreateClient(), email, "Wrong-passw0rd!");
            answers.Add($"{(int)status} {AntiforgeryToken().Replace(page.Replace(email, "EMAIL"), "TOKEN")}");
        }

        Assert.Equal(answers[0], answers[1]);
        Assert.Equal(answers[0], answers[2]);
        Assert.Equal(answers[0], answers[3]);
        Assert.Contains("Wrong email or password.", answers[0]);
    }

    [Fact]
    public async Task Only_the_right_password_hears_that_an_account_is_unconfirmed_and_a_locked_account_refuses_it_like_a_wrong_one()
    {
        var addresses = await FourKindsOfAddressAsync();
        using var _ = RequiringConfirmedEmail();
        var (locked, unconfirmed) = (addresses[2], addresses[3]);

        var lockedAnswer = await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = locked, password = Password });
        var unknownAnswer = await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = addresses[0], password = Password });
        Assert.Equal(HttpStatusCode.Unauthorized, lockedAnswer.StatusCode);
        Assert.Equal(WithoutTraceId(await unknownAnswer.Content.ReadAsStringAsync()), WithoutTraceId(await lockedAnswer.Content.ReadAsStringAsync()));

        var unconfirmedAnswer = await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/login", new { email = unconfirmed, password = Password });
        Assert.Equal(HttpStatusCode.Unauthorized, unconfirmedAnswer.StatusCode);
        Assert.Contains("Confirm your email address", await unconfirmedAnswer.Content.ReadAsStringAsync());
        var (_, page) = await LoginPageAnswerAsync(forum.CreateClient(), unconfirmed, Password);
        Assert.Contains("Confirm your email address", page);
    }

    [Fact]
    public async Task A_login_with_an_unknown_address_checks_a_password_hash_as_one_with_a_known_address_does()
    {
        var existing = await RegisterAsync("hashed");
        using var scope = forum.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ForumUser>>();
        var hasher = new CountingHasher(users.PasswordHasher);
        users.PasswordHasher = hasher;
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<ForumUser>>();

        var unknown = await signIn.PasswordSignInAsync($"nobody-{Guid.NewGuid():N}@forum.test", "Wrong-passw0rd!", false, true);
        Assert.Equal(1, hasher.Checks);
        var known = await signIn.PasswordSignInAsync(existing, "Wrong-passw0rd!", false, true);
        Assert.Equal(2, hasher.Checks);

        Assert.Equal(SignInResult.Failed.ToString(), unknown.ToString());
        Assert.Equal(SignInResult.Failed.ToString(), known.ToString());
    }

    [Fact]
    public async Task The_register_api_answers_alike_for_a_new_and_an_existing_address_and_the_owner_gets_an_email()
    {
        var existing = await ConfirmedAsync(await RegisterAsync("owner"));
        var fresh = $"fresh-{Guid.NewGuid():N}@forum.test";

        var forExisting = await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email = existing, password = "0ther-Passw0rd!" });
        var forNew = await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email = fresh, password = "0ther-Passw0rd!" });

        Assert.Equal(HttpStatusCode.OK, forExisting.StatusCode);
        Assert.Equal(HttpStatusCode.OK, forNew.StatusCode);
        Assert.Equal(await forNew.Content.ReadAsStringAsync(), await forExisting.Content.ReadAsStringAsync());
        Assert.Contains("Someone tried to sign up with your address", MailTo(existing));
        Assert.Contains("Confirm your email", MailTo(fresh));
        // The existing account keeps its password.
        await forum.SignedInClientAsync(existing);
        // A weak password is refused alike for both.
        var weakExisting = await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email = existing, password = "short" });
        var weakNew = await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email = $"weak-{Guid.NewGuid():N}@forum.test", password = "short" });
        Assert.Equal(HttpStatusCode.BadRequest, weakExisting.StatusCode);
        Assert.Equal(WithoutTraceId(await weakNew.Content.ReadAsStringAsync()), WithoutTraceId(await weakExisting.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_register_page_answers_alike_for_a_new_and_an_existing_address()
    {
        var existing = await ConfirmedAsync(await RegisterAsync("page-owner"));
        var fresh = $"page-fresh-{Guid.NewGuid():N}@forum.test";

        var forExisting = await PostRegisterFormAsync(existing);
        var forNew = await PostRegisterFormAsync(fresh);

        Assert.Equal(HttpStatusCode.Redirect, forExisting.StatusCode);
        Assert.Equal(Anonymized(forNew.Headers.Location!.OriginalString, fresh), Anonymized(forExisting.Headers.Location!.OriginalString, existing));
        var confirmation = await forum.CreateClient().GetStringAsync(forExisting.Headers.Location);
        Assert.Contains("Check your email", confirmation);
        Assert.Equal(HttpStatusCode.OK, (await forum.CreateClient().GetAsync($"/Identity/Account/RegisterConfirmation?email=nobody-{Guid.NewGuid():N}@forum.test")).StatusCode);
        Assert.Contains("Someone tried to sign up with your address", MailTo(existing));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task A_login_with_a_returnUrl_to_another_site_goes_home(string returnUrl)
    {
        var browser = forum.CreateClient(new() { AllowAutoRedirect = false });
        var url = $"/Identity/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var form = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);

        var response = await browser.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "alice@forum.local",
            ["Input.Password"] = Password,
            ["__RequestVerificationToken"] = FormTokens.Of(await form.Content.ReadAsStringAsync()),
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    private async Task<HttpResponseMessage> PostRegisterFormAsync(string email)
    {
        var browser = forum.CreateClient(new() { AllowAutoRedirect = false });
        var form = await browser.GetStringAsync("/Identity/Account/Register");
        return await browser.PostAsync("/Identity/Account/Register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.DisplayName"] = $"Newcomer {Guid.NewGuid().ToString()[..8]}",
            ["Input.Email"] = email,
            ["Input.Password"] = "0ther-Passw0rd!",
            ["Input.ConfirmPassword"] = "0ther-Passw0rd!",
            ["__RequestVerificationToken"] = FormTokens.Of(form),
        }));
    }

    private static async Task<(HttpStatusCode Status, string Page)> LoginPageAnswerAsync(HttpClient browser, string email, string password)
    {
        var response = await browser.PostLoginFormAsync(email, password);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Anonymized(string text, string email) => text.Replace(Uri.EscapeDataString(email), "EMAIL").Replace(email, "EMAIL");

    private string MailTo(string email) =>
        string.Join("\n---\n", Directory.GetFiles(forum.MailFolder, "*.eml").Select(File.ReadAllText).Where(m => m.Contains(email)));

    private static string WithoutTraceId(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node.Remove("traceId");
        return node.ToJsonString(new JsonSerializerOptions());
    }

    [GeneratedRegex("value=\"CfDJ8[^\"]+\"")]
    private static partial Regex AntiforgeryToken();

    private sealed class Restore(Action undo) : IDisposable
    {
        public void Dispose() => undo();
    }

    private sealed class CountingHasher(IPasswordHasher<ForumUser> inner) : IPasswordHasher<ForumUser>
    {
        public int Checks { get; private set; }

        public string HashPassword(ForumUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ForumUser user, string hashedPassword, string providedPassword)
        {
            Checks++;
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
