using Microsoft.Playwright;

namespace Forum.Browser.Tests;

public sealed class SearchTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string DemoQuestion = "Sync stopped working after I changed my password";

    [Fact]
    public async Task A_visitor_searches_from_the_header_filters_to_solved_and_opens_a_highlighted_result()
    {
        await using var visitor = await browser.NewVisitorAsync(javaScript: false);
        var page = visitor.Page;
        await page.GotoAsync("/questions");

        await page.GetByRole(AriaRole.Search).GetByLabel("Search the forum").FillAsync("sync password");
        await page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await page.WaitForURLAsync("**/search?q=sync+password");

        Assert.Contains("result", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        var result = page.Locator(".search-result").First;
        Assert.True(await result.Locator(".search-snippet mark").CountAsync() >= 2);
        Assert.Equal("Sync", await result.Locator("h2 mark").First.InnerTextAsync());

        await page.GetByLabel("Solved only").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync("**solved=true**");
        Assert.True(await page.GetByLabel("Solved only").IsCheckedAsync());
        await visitor.ScreenshotAsync("search-results");

        // The FAQ article promoted from the thread comes first; the thread itself is a question result.
        Assert.StartsWith("/faq/", await page.Locator(".search-result h2 a").First.GetAttributeAsync("href"));
        await page.Locator(".search-result h2 a[href^='/questions/']").Filter(new() { HasText = DemoQuestion }).ClickAsync();
        Assert.Equal(DemoQuestion, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());

        await page.GoBackAsync();
        await page.GetByLabel("FAQ only").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await page.WaitForURLAsync("**type=faq**");
        var links = await page.Locator(".search-result h2 a").AllAsync();
        Assert.NotEmpty(links);
        foreach (var link in links)
            Assert.StartsWith("/faq/", await link.GetAttributeAsync("href"));
        await links[0].ClickAsync();
        await page.WaitForURLAsync("**/faq/**");
        Assert.Equal(DemoQuestion, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Empty(visitor.Problems);
    }

    [Fact]
    public async Task Hostile_text_in_the_search_box_shows_a_page_not_an_error()
    {
        await using var visitor = await browser.NewVisitorAsync();
        var page = visitor.Page;
        await page.GotoAsync("/search");

        await page.GetByLabel("Search for").FillAsync("\"unclosed NEAR(* AND -) ^:title 🙂 שלום <script>alert(1)</script>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).Last.ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "Search", Level = 1 }).WaitForAsync();
        Assert.Contains("for “", await page.GetByRole(AriaRole.Status).InnerTextAsync());
        Assert.Empty(visitor.Problems);
    }
}
