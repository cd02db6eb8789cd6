using System.Text.RegularExpressions;
using Forum.Web.Tests.Harness;
using Microsoft.Playwright;

namespace Forum.Browser.Tests;

/// <summary>The account pages come from ASP.NET Core Identity but look and behave like the rest of the forum.</summary>
public sealed class AccountPagesTests(AccountPagesTests.ConfirmedEmailForum browser) : IClassFixture<AccountPagesTests.ConfirmedEmailForum>
{
    /// <summary>A forum where members confirm their email before they sign in, as in production.</summary>
    public sealed class ConfirmedEmailForum : BrowserFixture
    {
        protected override IReadOnlyDictionary<string, string>? Settings => new Dictionary<string, string> { ["Forum:RequireConfirmedEmail"] = "true" };
    }

    [Fact]
    public async Task The_login_page_uses_the_forum_layout_and_offers_no_bogus_external_login()
    {
        await using var visitor = await browser.NewVisitorAsync();
        var page = visitor.Page;
        await page.GotoAsync("/Identity/Account/Login");
        Assert.Equal("Forum", (await page.Locator(".site-header .brand").InnerTextAsync()).Trim());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Cookie or bearer token" }).CountAsync());
        Assert.DoesNotContain("external authentication", await page.ContentAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(visitor.Problems);
    }

    [Fact]
    public async Task A_newcomer_signs_up_with_a_display_name_confirms_their_email_and_logs_in()
    {
        await using var visitor = await browser.NewVisitorAsync();
        var page = visitor.Page;
        var email = $"newcomer-{Guid.NewGuid():N}"[..20] + "@forum.test";
        await page.GotoAsync("/Identity/Account/Register");
        await visitor.ScreenshotAsync("sign-up");
        await visitor.RegisterAsync(email, ForumServer.DemoPassword, logIn: false);

        var link = Mailbox.LinksIn(Mailbox.MessagesTo(browser.Forum.MailFolder, email)).Single(l => l.Contains("ConfirmEmail"));
        await page.GotoAsync(new Uri(link).PathAndQuery);
        await page.GetByText("Your email address is confirmed").WaitForAsync();
        await visitor.LogInAsync(email, ForumServer.DemoPassword);

        await visitor.AccountMenu.WaitForAsync();
        Assert.Contains(email.Split('@')[0], await visitor.AccountMenu.InnerTextAsync());
        Assert.Empty(visitor.Problems);
    }

    [Fact]
    public async Task Two_step_sign_in_shows_a_qr_code_without_breaking_the_content_security_policy()
    {
        await using var visitor = await browser.NewVisitorAsync();
        var page = visitor.Page;
        await visitor.LogInAsync("alice@forum.local", ForumServer.DemoPassword);
        await visitor.AccountMenu.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Account settings" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Your account" }).WaitForAsync();
        Assert.Equal("Forum", (await page.Locator(".site-header .brand").InnerTextAsync()).Trim());
        await page.GetByRole(AriaRole.Link, new() { Name = "Two-step sign-in" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Set up an authenticator app" }).ClickAsync();

        var qr = page.GetByRole(AriaRole.Img, new() { Name = "QR code for your authenticator app" });
        await qr.WaitForAsync();
        Assert.True(await qr.EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 100"), "the QR code image is drawn");
        Assert.Matches(new Regex("^[a-z2-7 ]{20,}$"), await page.Locator(".shared-key").InnerTextAsync());
        await page.GetByLabel("Enter the 6-digit code the app now shows").WaitForAsync();
        await visitor.ScreenshotAsync("account-authenticator");
        Assert.Empty(visitor.Problems);
    }
}
