using Microsoft.Playwright;

namespace Forum.Browser.Tests;

/// <summary>The account pages come from ASP.NET Core Identity but look and behave like the rest of the forum.</summary>
public sealed class AccountPagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_login_page_uses_the_forum_layout_and_offers_no_bogus_external_login()
    {
        await using var visitor = await browser.NewVisitorAsync();
        var page = visitor.Page;
        await page.GotoAsync("/Identity/Account/Login");
        Assert.Equal("Forum", (await page.Locator(".site-header .brand").InnerTextAsync()).Trim());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Cookie or bearer token" }).CountAsync());
        Assert.Empty(visitor.Problems);
    }

    [Fact]
    public async Task The_account_settings_page_uses_the_forum_layout_without_breaking_the_content_security_policy()
    {
        await using var visitor = await browser.NewVisitorAsync();
        var page = visitor.Page;
        await visitor.LogInAsync("alice@forum.local", ForumServer.DemoPassword);
        await visitor.AccountMenu.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Account settings" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Manage your account" }).WaitForAsync();
        Assert.Equal("Forum", (await page.Locator(".site-header .brand").InnerTextAsync()).Trim());
        await page.GetByRole(AriaRole.Link, new() { Name = "Two-factor authentication" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Add authenticator app" }).ClickAsync();
        await page.GetByLabel("Verification Code").WaitForAsync();
        await visitor.ScreenshotAsync("account-authenticator");
        Assert.Empty(visitor.Problems);
    }
}
