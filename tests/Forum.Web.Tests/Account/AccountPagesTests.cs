using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Account;

public sealed class AccountPagesTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    /// <param name="handler">The form's handler on the page, when it has several.</param>
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient browser, string page, Dictionary<string, string> fields, string? handler = null)
    {
        var form = await browser.GetStringAsync(page);
        fields["__RequestVerificationToken"] = FormTokens.Of(form);
        return await browser.PostAsync(handler is null ? page : $"{page}?handler={handler}", new FormUrlEncodedContent(fields));
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
    public async Task A_visitor_reading_in_Indonesian_hears_about_a_weak_password_and_gets_the_confirmation_email_in_Indonesian()
    {
        var browser = forum.CreateClient();
        browser.DefaultRequestHeaders.AcceptLanguage.ParseAdd("id-ID");
        var email = $"{Guid.NewGuid():N}@forum.test";
        Dictionary<string, string> Form(string password) => new()
        {
            ["Input.DisplayName"] = $"Sari {Guid.NewGuid().ToString()[..6]}", ["Input.Email"] = email, ["Input.Password"] = password, ["Input.ConfirmPassword"] = password,
        };

        var weak = await PostFormAsync(browser, "/Identity/Account/Register", Form("short"));
        Assert.Contains("Kata sandi harus terdiri dari minimal 6 karakter.", await weak.Content.ReadAsStringAsync());
        Assert.Empty(Mailbox.MessagesTo(forum.MailFolder, email));

        (await PostFormAsync(browser, "/Identity/Account/Register", Form(BrowserSignIn.Password))).EnsureSuccessStatusCode();

        var message = Assert.Single(Mailbox.MessagesTo(forum.MailFolder, email));
        Assert.Contains("Subject: Konfirmasikan email Anda\r\n", message);
        Assert.Contains("Selamat datang di forum! <a href=", message);
        Assert.Contains(">Konfirmasikan alamat email Anda</a> untuk menyelesaikan pembuatan akun Anda.", message);
        Assert.Single(LinksIn(email, "Konfirmasikan email Anda"));
    }

    /// <summary>What the stock Identity UI pages say, which none of the forum's account pages may.</summary>
    private static readonly string[] StockPhrases =
    [
        "external authentication", "aka.ms", "Manage your account", "Change your account settings", "Enter your email.",
        "Please check your email to reset your password", "Your password has been reset", "Thank you for confirming your email",
        "Two-factor authentication (2FA)", "Put these codes in a safe place", "Verification email sent", "Use a local account",
        "You have successfully signed out", "Access denied", "You do not have access to this resource", "Phone number", "Username",
        "Reset authenticator key", "Error loading", "Unable to load user",
    ];

    private static void AssertForumPage(string page, string html)
    {
        Assert.True(html.Contains("class=\"site-header\""), $"{page} is drawn in the forum's layout");
        Assert.Matches("<title>[^<]+ (·|&#xB7;) Forum</title>", html);
        foreach (var phrase in StockPhrases)
            Assert.False(html.Contains(phrase, StringComparison.Ordinal), $"{page} says \"{phrase}\"");
    }

    [Fact]
    public async Task The_account_pages_speak_the_forums_words_not_the_developers()
    {
        var visitor = forum.CreateClient();
        foreach (var page in new[]
        {
            "/Identity/Account/Login", "/Identity/Account/Register", "/Identity/Account/Lockout", "/Identity/Account/ForgotPassword",
            "/Identity/Account/ForgotPasswordConfirmation", "/Identity/Account/ResetPassword?code=abc", "/Identity/Account/ResetPassword",
            "/Identity/Account/ResetPasswordConfirmation", "/Identity/Account/ConfirmEmail?userId=x&code=y", "/Identity/Account/ResendEmailConfirmation",
            "/Identity/Account/ConfirmEmailChange?userId=x&email=a%40b.test&code=y", "/Identity/Account/AccessDenied",
        })
            AssertForumPage(page, await (await visitor.GetAsync(page)).Content.ReadAsStringAsync());
        var lockout = await visitor.GetStringAsync("/Identity/Account/Lockout");
        Assert.Contains("pauses for 15 minutes", lockout);
        Assert.Contains("href=\"/Identity/Account/ForgotPassword\"", lockout);

        var (member, _) = await SignUpAsync($"Wren {Guid.NewGuid().ToString()[..6]}");
        foreach (var page in new[]
        {
            "/Identity/Account/Manage", "/Identity/Account/Manage/Email", "/Identity/Account/Manage/ChangePassword",
            "/Identity/Account/Manage/TwoFactorAuthentication", "/Identity/Account/Manage/EnableAuthenticator", "/Identity/Account/Manage/ResetAuthenticator",
            "/Identity/Account/Manage/GenerateRecoveryCodes", "/Identity/Account/Manage/Disable2fa", "/Identity/Account/Manage/ShowRecoveryCodes",
            "/Identity/Account/Manage/PersonalData", "/Identity/Account/Manage/DeletePersonalData", "/Identity/Account/Logout",
        })
        {
            var response = await member.GetAsync(page);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertForumPage(page, await response.Content.ReadAsStringAsync());
        }
        foreach (var page in new[] { "/Identity/Account/ExternalLogin", "/Identity/Account/Manage/ExternalLogins", "/Identity/Account/Manage/SetPassword", "/Identity/Error" })
            Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(page)).StatusCode);
    }

    [Fact]
    public async Task A_member_resets_a_forgotten_password_through_the_emailed_link()
    {
        var (_, email) = await SignUpAsync($"Rosa {Guid.NewGuid().ToString()[..6]}");
        await ConfirmEmailAsync(email);
        var visitor = forum.CreateClient();

        var asked = await PostFormAsync(visitor, "/Identity/Account/ForgotPassword", new() { ["Input.Email"] = email });
        Assert.Contains($"If {email} belongs to an account, we have sent it a link", await asked.Content.ReadAsStringAsync());
        var link = new Uri(Assert.Single(LinksIn(email, "Reset your password"))).PathAndQuery;
        Assert.StartsWith("/Identity/Account/ResetPassword?code=", link);

        var wrongAddress = await PostFormAsync(visitor, link, new()
        {
            ["Input.Email"] = "someone-else@forum.test", ["Input.Password"] = "N3w-password!", ["Input.ConfirmPassword"] = "N3w-password!",
        });
        Assert.Contains("This link does not work for that email address", await wrongAddress.Content.ReadAsStringAsync());
        var differ = await PostFormAsync(visitor, link, new()
        {
            ["Input.Email"] = email, ["Input.Password"] = "N3w-password!", ["Input.ConfirmPassword"] = "N3w-passw0rd!",
        });
        Assert.Contains("The two passwords differ.", await differ.Content.ReadAsStringAsync());
        var reset = await PostFormAsync(visitor, link, new()
        {
            ["Input.Email"] = email, ["Input.Password"] = "N3w-password!", ["Input.ConfirmPassword"] = "N3w-password!",
        });

        Assert.Contains("Your password is changed", await reset.Content.ReadAsStringAsync());
        Assert.Contains("Wrong email or password", await (await forum.CreateClient().PostLoginFormAsync(email)).Content.ReadAsStringAsync());
        await forum.SignedInClientAsync(email, "N3w-password!");
        var again = await PostFormAsync(visitor, link, new()
        {
            ["Input.Email"] = email, ["Input.Password"] = "Th1rd-password!", ["Input.ConfirmPassword"] = "Th1rd-password!",
        });
        Assert.Contains("This link does not work for that email address", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_password_reset_resumes_a_sign_in_paused_by_wrong_passwords()
    {
        var (_, email) = await SignUpAsync($"Paula {Guid.NewGuid().ToString()[..6]}");
        await ConfirmEmailAsync(email);
        for (var i = 0; i < 5; i++)
            await forum.CreateClient().PostLoginFormAsync(email, "Wrong-passw0rd!");
        Assert.Contains("Wrong email or password", await (await forum.CreateClient().PostLoginFormAsync(email)).Content.ReadAsStringAsync());

        var visitor = forum.CreateClient();
        await PostFormAsync(visitor, "/Identity/Account/ForgotPassword", new() { ["Input.Email"] = email });
        var link = new Uri(Assert.Single(LinksIn(email, "Reset your password"))).PathAndQuery;
        await PostFormAsync(visitor, link, new() { ["Input.Email"] = email, ["Input.Password"] = "N3w-password!", ["Input.ConfirmPassword"] = "N3w-password!" });

        var browser = await forum.SignedInBrowserAsync(email, "N3w-password!");
        await (await browser.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_unknown_or_unconfirmed_address_hears_the_same_and_gets_no_reset_link()
    {
        var (_, unconfirmed) = await SignUpAsync($"Uma {Guid.NewGuid().ToString()[..6]}");
        var unknown = $"{Guid.NewGuid():N}@forum.test";

        foreach (var email in new[] { unknown, unconfirmed })
        {
            var answer = await PostFormAsync(forum.CreateClient(), "/Identity/Account/ForgotPassword", new() { ["Input.Email"] = email });
            Assert.Contains($"If {email} belongs to an account, we have sent it a link", await answer.Content.ReadAsStringAsync());
            Assert.Empty(LinksIn(email, "Reset your password"));
        }
        var invalid = await PostFormAsync(forum.CreateClient(), "/Identity/Account/ForgotPassword", new() { ["Input.Email"] = "not an address" });
        Assert.Contains("Enter an email address, like name@example.com.", await invalid.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Confirming_an_email_works_once_the_link_is_whole_and_a_new_link_can_be_asked_for()
    {
        var (_, email) = await SignUpAsync($"Cleo {Guid.NewGuid().ToString()[..6]}");
        var link = new Uri(Assert.Single(LinksIn(email, "Confirm your email"))).PathAndQuery;

        var broken = await forum.CreateClient().GetAsync(link[..^6]);
        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Contains("This confirmation link does not work", await broken.Content.ReadAsStringAsync());

        await PostFormAsync(forum.CreateClient(), "/Identity/Account/ResendEmailConfirmation", new() { ["Input.Email"] = email });
        Assert.Equal(2, LinksIn(email, "Confirm your email").Count);

        var confirmed = await forum.CreateClient().GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Your email address is confirmed", await confirmed.Content.ReadAsStringAsync());
        var resent = await PostFormAsync(forum.CreateClient(), "/Identity/Account/ResendEmailConfirmation", new() { ["Input.Email"] = email });
        Assert.Contains($"If {email} has an account that waits for its confirmation", await resent.Content.ReadAsStringAsync());
        Assert.Equal(2, LinksIn(email, "Confirm your email").Count);
    }

    [Fact]
    public async Task A_member_changes_their_password_and_their_other_sessions_end()
    {
        var (browser, email) = await SignUpAsync($"Cyd {Guid.NewGuid().ToString()[..6]}");
        var elsewhere = await forum.SignedInClientAsync(email);
        const string page = "/Identity/Account/Manage/ChangePassword";

        var wrong = await PostFormAsync(browser, page, new()
        {
            ["Input.OldPassword"] = "Not-it-1!", ["Input.NewPassword"] = "N3w-password!", ["Input.ConfirmPassword"] = "N3w-password!",
        });
        Assert.Contains("That is not your current password.", await wrong.Content.ReadAsStringAsync());
        var weak = await PostFormAsync(browser, page, new()
        {
            ["Input.OldPassword"] = BrowserSignIn.Password, ["Input.NewPassword"] = "short", ["Input.ConfirmPassword"] = "short",
        });
        Assert.Contains("The password must be at least 6 characters long.", await weak.Content.ReadAsStringAsync());
        await (await elsewhere.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK);

        var changed = await PostFormAsync(browser, page, new()
        {
            ["Input.OldPassword"] = BrowserSignIn.Password, ["Input.NewPassword"] = "N3w-password!", ["Input.ConfirmPassword"] = "N3w-password!",
        });

        Assert.Contains("Your password is changed.", await changed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await elsewhere.GetAsync("/api/v1/members/me")).StatusCode);
        Assert.Contains("<h2>Profile</h2>", await browser.GetStringAsync("/Identity/Account/Manage"));
        await forum.SignedInClientAsync(email, "N3w-password!");
    }

    [Fact]
    public async Task A_member_changes_their_email_address_when_they_follow_the_link_sent_to_it()
    {
        var (browser, email) = await SignUpAsync($"Eli {Guid.NewGuid().ToString()[..6]}");
        var newEmail = $"{Guid.NewGuid():N}@forum.test";

        var same = await PostFormAsync(browser, "/Identity/Account/Manage/Email", new() { ["NewEmail"] = email.ToUpperInvariant() }, "Change");
        Assert.Contains("That is already your address.", await same.Content.ReadAsStringAsync());
        var asked = await PostFormAsync(browser, "/Identity/Account/Manage/Email", new() { ["NewEmail"] = newEmail }, "Change");
        Assert.Contains($"We sent a link to {newEmail}.", await asked.Content.ReadAsStringAsync());
        Assert.Contains(email, await browser.GetStringAsync("/Identity/Account/Manage/Email"));

        var link = new Uri(Assert.Single(LinksIn(newEmail, "Confirm your new email address"))).PathAndQuery;
        var changed = await browser.GetAsync(link);

        Assert.Contains("Your email address is changed", await changed.Content.ReadAsStringAsync());
        Assert.Contains(newEmail, await browser.GetStringAsync("/Identity/Account/Manage/Email"));
        await forum.SignedInClientAsync(newEmail);
        Assert.Contains("Wrong email or password", await (await forum.CreateClient().PostLoginFormAsync(email)).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task Two_step_sign_in_is_turned_on_with_the_app_and_asked_for_at_login_and_a_recovery_code_works_once()
    {
        var (browser, email) = await SignUpAsync($"Tess {Guid.NewGuid().ToString()[..6]}");
        Assert.Contains("<strong>Off.</strong>", await browser.GetStringAsync("/Identity/Account/Manage/TwoFactorAuthentication"));
        var setup = await browser.GetStringAsync("/Identity/Account/Manage/EnableAuthenticator");
        var key = Regex.Match(setup, "<kbd class=\"shared-key\">([a-z2-7 ]+)</kbd>").Groups[1].Value.Replace(" ", "");

        var turnedOn = await PostFormAsync(browser, "/Identity/Account/Manage/EnableAuthenticator", new() { ["Code"] = Totp(key) });
        var codesPage = await turnedOn.Content.ReadAsStringAsync();
        Assert.Contains("Your recovery codes", codesPage);
        Assert.Contains("Two-step sign-in is on", codesPage);
        var codes = Regex.Matches(codesPage, "<li><kbd>([^<]+)</kbd></li>").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(10, codes.Count);
        Assert.DoesNotContain("<kbd>", await browser.GetStringAsync("/Identity/Account/Manage/ShowRecoveryCodes"));
        Assert.Contains("You have 10 recovery codes left", await browser.GetStringAsync("/Identity/Account/Manage/TwoFactorAuthentication"));

        var login = await forum.CreateClient().PostLoginFormAsync(email);
        Assert.Contains("Enter the code from your app", await login.Content.ReadAsStringAsync());
        var phone = forum.CreateClient();
        await phone.PostLoginFormAsync(email);
        var wrongCode = await PostFormAsync(phone, "/Identity/Account/LoginWith2fa", new() { ["Code"] = "000000" == Totp(key) ? "111111" : "000000" });
        Assert.Contains("That code is not the one your app shows now", await wrongCode.Content.ReadAsStringAsync());
        var recovery = forum.CreateClient();
        await recovery.PostLoginFormAsync(email);
        Assert.Equal(HttpStatusCode.Unauthorized, (await recovery.GetAsync("/api/v1/members/me")).StatusCode);
        await PostFormAsync(recovery, "/Identity/Account/LoginWithRecoveryCode", new() { ["RecoveryCode"] = codes[0] });
        await (await recovery.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains("You have 9 recovery codes left", await browser.GetStringAsync("/Identity/Account/Manage/TwoFactorAuthentication"));
        var reused = forum.CreateClient();
        await reused.PostLoginFormAsync(email);
        var refused = await PostFormAsync(reused, "/Identity/Account/LoginWithRecoveryCode", new() { ["RecoveryCode"] = codes[0] });
        Assert.Contains("That is not one of your recovery codes, or it was used already.", await refused.Content.ReadAsStringAsync());

        var off = await PostFormAsync(browser, "/Identity/Account/Manage/Disable2fa", []);
        Assert.Contains("Two-step sign-in is off", await off.Content.ReadAsStringAsync());
        await forum.SignedInClientAsync(email);
    }

    private async Task ConfirmEmailAsync(string email)
    {
        var link = new Uri(LinksIn(email, "Confirm your email")[0]).PathAndQuery;
        Assert.Contains("Your email address is confirmed", await forum.CreateClient().GetStringAsync(link));
    }

    private IReadOnlyList<string> LinksIn(string email, string subject) =>
        Mailbox.LinksIn(Mailbox.MessagesTo(forum.MailFolder, email).Where(m => m.Contains("Subject: " + subject + "\r\n")));

    /// <summary>The code an authenticator app shows now for the key (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits).</summary>
    private static string Totp(string base32Key)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        var bits = string.Concat(base32Key.Select(c => Convert.ToString(alphabet.IndexOf(c), 2).PadLeft(5, '0')));
        var key = Enumerable.Range(0, bits.Length / 8).Select(i => Convert.ToByte(bits.Substring(i * 8, 8), 2)).ToArray();
        var step = BitConverter.GetBytes(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30);
        if (BitConverter.IsLittleEndian)
            Array.Reverse(step);
#pragma warning disable CA5350 // authenticator apps compute their codes with HMAC-SHA1, as RFC 6238 and Identity do
        var hash = System.Security.Cryptography.HMACSHA1.HashData(key, step);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var number = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (number % 1_000_000).ToString("D6");
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
