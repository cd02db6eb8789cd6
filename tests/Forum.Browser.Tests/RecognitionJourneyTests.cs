using Microsoft.Playwright;

namespace Forum.Browser.Tests;

/// <summary>Helper recognition in a real browser: the leaderboard, and a helper's badges and weekly goal.</summary>
public sealed class RecognitionJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_visitor_opens_the_leaderboard_switches_to_all_time_and_visits_the_top_helpers_badges()
    {
        await using var visitor = await browser.NewVisitorAsync();
        await visitor.Page.GotoAsync("/");

        await visitor.Page.GetByRole(AriaRole.Link, new() { Name = "Leaderboard" }).First.ClickAsync();
        Assert.Equal("Leaderboard", await visitor.Page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        await visitor.Page.GetByRole(AriaRole.Link, new() { Name = "All time" }).ClickAsync();
        Assert.Contains("Reputation, all time", await visitor.Page.Locator("#leaderboard-title").InnerTextAsync());
        await visitor.ScreenshotAsync("leaderboard");

        await visitor.Page.Locator(".leaderboard-table tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
        var goal = visitor.Page.GetByRole(AriaRole.Progressbar, new() { Name = "Weekly goal" });
        Assert.Equal("5", await goal.GetAttributeAsync("max"));
        Assert.Contains("answers this week", await visitor.Page.Locator(".weekly-goal").InnerTextAsync());
        Assert.True(await visitor.Page.Locator(".badge-earned").CountAsync() > 0);
        Assert.Contains("Earned", await visitor.Page.Locator(".badge-earned").First.InnerTextAsync());
        await visitor.ScreenshotAsync("member-badges");
        Assert.Empty(visitor.Problems);
    }
}
