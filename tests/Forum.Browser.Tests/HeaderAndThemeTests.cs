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

    /// <summary>The left and right edges of the row's parts, in order: the brand, the sections, the search, the actions.</summary>
    private const string RowPartEdges = """
        () => [".brand", ".site-nav", ".site-search", ".site-actions"]
            .map(s => document.querySelector(s).getBoundingClientRect()).map(r => [r.left, r.right])
        """;

    [Theory]
    [InlineData("admin@forum.local", "en", 1200)]
    [InlineData("admin@forum.local", "en", 1280)]
    [InlineData("admin@forum.local", "id", 1200)]
    [InlineData("bob@forum.local", "id", 1200)]
    public async Task The_signed_in_header_is_one_row_whose_parts_never_overlap_for_the_account_with_the_most_links(string email, string language, int width)
    {
        await using var reader = await browser.NewVisitorAsync(width: width);
        await reader.Page.Context.AddCookiesAsync([new() { Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Url = browser.Forum.BaseUrl }]);
        await reader.LogInInAnyLanguageAsync(email, ForumServer.DemoPassword);
        var page = reader.Page;
        await page.GotoAsync("/support/needs-attention");

        Assert.False(await page.Locator(".site-menu-toggle").IsVisibleAsync(), "no menu button on a wide screen");
        Assert.Equal(email.StartsWith("admin") ? 6 : 5, await page.Locator(".site-nav a:visible").CountAsync());
        Assert.True(await page.Locator(".site-search button").IsVisibleAsync(), "search is always in reach");
        var middles = await page.EvaluateAsync<double[]>(ShownHeaderParts);
        Assert.True(middles.Max() - middles.Min() < 12, $"the header's parts are on one row (middles {string.Join(", ", middles)})");
        var edges = await page.EvaluateAsync<double[][]>(RowPartEdges);
        for (var i = 1; i < edges.Length; i++)
            Assert.True(edges[i - 1][1] <= edges[i][0], $"part {i} starts at {edges[i][0]}, before part {i - 1} ends at {edges[i - 1][1]}");
        Assert.Empty(reader.Problems);
    }

    [Fact]
    public async Task At_1280_pixels_the_search_field_sits_in_the_row_where_it_has_room_and_staff_reach_the_dashboard_from_their_menu()
    {
        await using var bob = await browser.NewVisitorAsync(width: 1280);
        await bob.LogInAsync("bob@forum.local", ForumServer.DemoPassword);
        Assert.True(await bob.Page.GetByLabel("Search the forum").IsVisibleAsync());

        await using var admin = await browser.NewVisitorAsync(width: 1280);
        await admin.LogInAsync("admin@forum.local", ForumServer.DemoPassword);
        var page = admin.Page;
        await page.GotoAsync("/support/needs-attention");
        await admin.ScreenshotAsync("header-1280");
        await page.Locator(".site-search button").ClickAsync();
        await page.WaitForURLAsync("**/search?q=");
        Assert.True(await page.GetByRole(AriaRole.Search).Last.GetByRole(AriaRole.Searchbox).IsVisibleAsync(), "the search page has its own field");

        await page.Locator(".account-menu > summary").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        await page.WaitForURLAsync("**/support/dashboard");
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

        // The page comes back to the same address, so waiting for the address would not wait for the new page:
        // wait for the head the server writes for a light choice.
        await page.Locator("link#dark-theme[media='not all']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.EndsWith("/categories", page.Url, StringComparison.Ordinal);
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
