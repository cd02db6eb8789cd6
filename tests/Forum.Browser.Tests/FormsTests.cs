using Microsoft.Playwright;

namespace Forum.Browser.Tests;

/// <summary>Forms that are refused come back with the reason next to what needs fixing, and nothing typed is lost.</summary>
public sealed class FormsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Alice = "alice@forum.local";
    private const string Bob = "bob@forum.local";
    private const string BobsDemoQuestion = "Restoring a backup from last week without losing today's notes";

    [Fact]
    public async Task Asking_with_a_short_title_shows_the_message_next_to_the_title_and_keeps_the_text()
    {
        await using var visitor = await browser.NewVisitorAsync();
        var page = visitor.Page;
        await visitor.LogInAsync(Alice, ForumServer.DemoPassword);
        await page.GotoAsync("/questions/ask");
        await page.GetByLabel("Title").FillAsync("Too short");
        await page.GetByLabel("Details").FillAsync("A body that is long enough to pass the thirty character rule.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post your question" }).ClickAsync();

        await page.Locator("#title-error").Filter(new() { HasText = "between" }).WaitForAsync();
        Assert.Contains("The title must be between 15 and 150 characters.", await page.Locator("#title-error").InnerTextAsync());
        Assert.Contains("Choose a category.", await page.Locator("#category-error").InnerTextAsync());
        Assert.Equal("Too short", await page.GetByLabel("Title").InputValueAsync());
        Assert.Equal("A body that is long enough to pass the thirty character rule.", await page.GetByLabel("Details").InputValueAsync());
        Assert.EndsWith("/questions/ask", page.Url);
        await visitor.ScreenshotAsync("ask-errors");
    }

    [Fact]
    public async Task Anyone_who_is_not_logged_in_is_sent_to_log_in_before_asking()
    {
        await using var visitor = await browser.NewVisitorAsync();
        await visitor.Page.GotoAsync("/questions/ask");
        Assert.Contains("/Identity/Account/Login", visitor.Page.Url);
        Assert.Contains("ReturnUrl=%2Fquestions%2Fask", visitor.Page.Url);
    }

    [Fact]
    public async Task A_stale_edit_comes_back_with_the_conflict_message_the_current_text_and_the_draft()
    {
        await using var visitor = await browser.NewVisitorAsync();
        var page = visitor.Page;
        await visitor.LogInAsync(Bob, ForumServer.DemoPassword);
        await page.GotoAsync("/questions");
        await page.GetByRole(AriaRole.Link, new() { Name = BobsDemoQuestion }).ClickAsync();
        await page.Locator("#question").GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        var editAddress = page.Url;

        var otherTab = await page.Context.NewPageAsync();
        await otherTab.GotoAsync(editAddress);
        await otherTab.GetByLabel("Details").FillAsync("Edited in the other tab: I deleted a notebook by mistake and need it back from last week's backup.");
        await otherTab.GetByRole(AriaRole.Button, new() { Name = "Save your edit" }).ClickAsync();
        await otherTab.Locator(".alert-success").WaitForAsync();
        await otherTab.CloseAsync();

        await page.GetByLabel("Details").FillAsync("My own draft: deleted notebook, backup from last week, today's notes must stay.");
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Save your edit" }).ClickAsync(),
            r => r.Request.Method == "POST" && r.Url.EndsWith("/edit", StringComparison.Ordinal));
        await page.Locator(".conflict-panel").WaitForAsync();

        Assert.Equal(409, response.Status);
        Assert.Contains("Someone else edited this post after you opened it.", await page.GetByRole(AriaRole.Alert).First.InnerTextAsync());
        Assert.Contains("Edited in the other tab", await page.Locator(".conflict-panel").InnerTextAsync());
        Assert.Equal("My own draft: deleted notebook, backup from last week, today's notes must stay.", await page.GetByLabel("Details").InputValueAsync());
        await visitor.ScreenshotAsync("edit-conflict");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save your edit" }).ClickAsync();
        await page.Locator(".alert-success").WaitForAsync();
        Assert.Contains("My own draft", await page.Locator("#question .post-body").InnerTextAsync());

        await page.Locator("#question").GetByRole(AriaRole.Link, new() { Name = "History" }).ClickAsync();
        Assert.Equal(2, await page.Locator(".revision").CountAsync());
        Assert.Contains("My own draft", await page.Locator(".revision").First.InnerTextAsync());
        // The browser logs the 409 of the refused save itself; nothing else may go wrong (no CSP violation, no script error).
        Assert.All(visitor.Problems, problem => Assert.Contains("409", problem));
    }
}
