using Microsoft.Playwright;

namespace Forum.Browser.Tests;

/// <summary>The header fits one row on a laptop and on a phone; the reader picks light or dark, remembered from the first paint.</summary>
public sealed class HeaderAndThemeTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    /// <summary>The vertical middles of the header's parts that are shown (the brand, the sections, the search, the actions).</summary>
    private const string ShownHeaderParts = """
        () => [...document.querySelectorAll(".site-header-inner > *, .site-nav a, .site-search, .site-actions > *")]
            .filter(e => e.checkVisibility())
            .map(e => { const r = e.getBoundingClientRect(); return r.top + r.height / 2; })
        """;

    [Fact]
    public async Task The_signed_in_header_stays_one_row_at_1280_pixels_for_the_account_with_the_most_links()
    {
        await using var admin = await browser.NewVisitorAsync(width: 1280);
        await admin.LogInAsync("admin@forum.local", ForumServer.DemoPassword);
        var page = admin.Page;
        await page.GotoAsync("/support/needs-attention");

        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        foreach (var section in new[] { "Questions", "Categories", "FAQ", "Leaderboard", "Needs attention", "Dashboard", "Moderation" })
            Assert.True(await nav.GetByRole(AriaRole.Link, new() { Name = section }).IsVisibleAsync(), $"{section} is shown in the row");
        Assert.True(await page.GetByLabel("Search the forum").IsVisibleAsync());
        Assert.False(await page.Locator(".site-menu-toggle").IsVisibleAsync(), "no menu button on a wide screen");
        var middles = await page.EvaluateAsync<double[]>(ShownHeaderParts);
        Assert.True(middles.Max() - middles.Min() < 12, $"the header's parts are on one row (middles {string.Join(", ", middles)})");
        await admin.ScreenshotAsync("header-1280");
        Assert.Empty(admin.Problems);
    }

    [Fact]
    public async Task On_a_phone_the_header_is_one_row_and_the_sections_open_from_a_menu_with_the_keyboard_and_no_javascript()
    {
        await using var bob = await browser.NewVisitorAsync(javaScript: false, width: 390, height: 844);
        await bob.LogInAsync("bob@forum.local", ForumServer.DemoPassword);
        var page = bob.Page;
        var questions = page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Questions" });

        var header = await page.Locator(".site-header").BoundingBoxAsync();
        Assert.True(header!.Height < 70, $"the header is one row ({header.Height}px tall)");
        Assert.False(await questions.IsVisibleAsync(), "the sections wait in the menu");

        await page.Locator(".site-menu-toggle").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.True(await questions.IsVisibleAsync(), "Enter on Menu shows the sections");
        Assert.True(await page.GetByLabel("Search the forum").IsVisibleAsync());
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Questions", await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()"));
        await bob.ScreenshotAsync("header-phone-menu");
        await questions.ClickAsync();
        await page.WaitForURLAsync("**/questions");
    }

    [Fact]
    public async Task A_reader_picks_dark_it_applies_at_once_and_the_next_pages_come_dark_from_the_server()
    {
        await using var reader = await browser.NewVisitorAsync(colorScheme: ColorScheme.Light);
        var page = reader.Page;
        await page.GotoAsync("/faq");
        var light = await BackgroundAsync(page);

        await page.GetByLabel("Theme").SelectOptionAsync("dark");
        Assert.NotEqual(light, await BackgroundAsync(page));
        Assert.False(await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).IsVisibleAsync(), "with JavaScript the choice needs no button");

        // The next page is dark as the server sends it: no script has to run first, so nothing flashes light.
        var response = await page.GotoAsync("/questions");
        Assert.Contains("media=\"all\"", DarkSheetTag(await response!.TextAsync()));
        Assert.NotEqual(light, await BackgroundAsync(page));
        Assert.Equal("dark", await page.GetByLabel("Theme").InputValueAsync());
        await reader.ScreenshotAsync("questions-dark-theme");

        await page.GetByLabel("Theme").SelectOptionAsync("system");
        Assert.Equal(light, await BackgroundAsync(page));
        response = await page.GotoAsync("/faq");
        Assert.Contains("media=\"(prefers-color-scheme: dark)\"", DarkSheetTag(await response!.TextAsync()));
        Assert.Empty(reader.Problems);
    }

    [Fact]
    public async Task Without_javascript_the_theme_is_chosen_with_the_apply_button_and_light_wins_over_a_dark_system()
    {
        await using var reader = await browser.NewVisitorAsync(javaScript: false, colorScheme: ColorScheme.Dark);
        var page = reader.Page;
        await page.GotoAsync("/categories");
        var dark = await BackgroundAsync(page);

        await page.GetByLabel("Theme").SelectOptionAsync("light");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await page.WaitForURLAsync("**/categories");
        Assert.NotEqual(dark, await BackgroundAsync(page));
        Assert.Equal("light", await page.GetByLabel("Theme").InputValueAsync());
        await page.GotoAsync("/faq");
        Assert.NotEqual(dark, await BackgroundAsync(page));
    }

    private static Task<string> BackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

    private static string DarkSheetTag(string html)
    {
        var at = html.IndexOf("id=\"dark-theme\"", StringComparison.Ordinal);
        var start = html.LastIndexOf('<', at);
        return html[start..(html.IndexOf('>', at) + 1)];
    }
}
