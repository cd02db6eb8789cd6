using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Forum.Browser.Tests;

/// <summary>Small things readers notice: their own time zone, why a vote arrow is grey, rendered common responses, the API link.</summary>
public sealed partial class ReaderDetailsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string SolvedQuestion = "Sync stopped working after I changed my password";

    [Fact]
    public async Task Times_are_shown_in_the_readers_time_zone_and_in_utc_without_javascript()
    {
        await using var reader = await browser.NewVisitorAsync(timeZone: "Asia/Kolkata");
        await reader.Page.GotoAsync("/leaderboard");
        var weekStart = reader.Page.Locator(".leaderboard h2 time");
        Assert.Contains("GMT+5:30", await weekStart.InnerTextAsync());
        await reader.Page.GotoAsync("/questions");
        Assert.Contains("GMT+5:30", await reader.Page.Locator("time[data-relative]").First.GetAttributeAsync("title"));
        Assert.Empty(reader.Problems);

        await using var withoutScripts = await browser.NewVisitorAsync(javaScript: false, timeZone: "Asia/Kolkata");
        await withoutScripts.Page.GotoAsync("/leaderboard");
        Assert.Matches(UtcText(), await withoutScripts.Page.Locator(".leaderboard h2 time").InnerTextAsync());
        await withoutScripts.Page.GotoAsync("/questions");
        Assert.Matches(UtcText(), await withoutScripts.Page.Locator("time[data-relative]").First.GetAttributeAsync("title") ?? "");
    }

    [Fact]
    public async Task A_greyed_out_vote_arrow_says_why_on_hover_and_on_keyboard_focus()
    {
        await using var alice = await browser.NewVisitorAsync();
        await alice.LogInAsync("alice@forum.local", ForumServer.DemoPassword);
        var page = alice.Page;
        await page.GotoAsync("/questions");
        await page.GetByRole(AriaRole.Link, new() { Name = SolvedQuestion }).ClickAsync();

        var question = page.Locator("#question");
        var up = question.GetByRole(AriaRole.Button, new() { Name = "Vote this question up" });
        var why = question.GetByRole(AriaRole.Tooltip).Filter(new() { HasText = "Voting up needs 15 reputation." });
        Assert.Equal("true", await up.GetAttributeAsync("aria-disabled"));
        Assert.False(await why.IsVisibleAsync());

        await up.HoverAsync();
        await why.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        await alice.ScreenshotAsync("vote-arrow-tooltip");

        await page.Mouse.MoveAsync(900, 10);
        await why.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        await up.FocusAsync();
        await why.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Equal(await why.GetAttributeAsync("id"), await up.GetAttributeAsync("aria-describedby"));
        Assert.Empty(alice.Problems);
    }

    [Fact]
    public async Task Common_responses_are_shown_rendered_and_staff_see_a_preview_while_changing_one()
    {
        await using var staff = await browser.NewVisitorAsync();
        await staff.LogInAsync("staff@forum.local", ForumServer.DemoPassword);
        var page = staff.Page;
        await page.GotoAsync("/support/common-responses");

        var reconnect = page.Locator("li.queue-item", new() { HasText = "Reconnect sync" });
        Assert.Equal("Settings → Sync", await reconnect.Locator(".common-response-body strong").First.InnerTextAsync());
        Assert.DoesNotContain("**", await reconnect.InnerTextAsync());

        await reconnect.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        var preview = page.Locator("[data-preview-of='Input_Body']");
        await preview.Locator("strong", new() { HasText = "Settings → Sync" }).WaitForAsync();
        await page.GetByLabel("Text (Markdown)").FillAsync("Open **Settings → Accounts** and choose *Sign in again*.");
        await preview.Locator("em", new() { HasText = "Sign in again" }).WaitForAsync();
        await staff.ScreenshotAsync("common-response-preview");
        Assert.Empty(staff.Problems);
    }

    [Fact]
    public async Task The_footers_api_link_opens_the_api_reference()
    {
        await using var reader = await browser.NewVisitorAsync();
        await reader.Page.GotoAsync("/");
        await reader.Page.GetByRole(AriaRole.Navigation, new() { Name = "Footer" }).GetByRole(AriaRole.Link, new() { Name = "API" }).ClickAsync();

        await reader.Page.WaitForURLAsync("**/api/reference/");
        Assert.Equal("Forum API reference", await reader.Page.TitleAsync());
        await reader.Page.GetByText("Forum API").First.WaitForAsync();
        Assert.Contains("html", await reader.Page.EvaluateAsync<string>("() => document.contentType"));
    }

    [Fact]
    public async Task A_visitor_reading_a_solved_question_sees_no_empty_customer_service_box()
    {
        await using var reader = await browser.NewVisitorAsync();
        await reader.Page.GotoAsync("/questions?tab=solved");
        await reader.Page.GetByRole(AriaRole.Link, new() { Name = SolvedQuestion }).ClickAsync();

        await reader.Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = SolvedQuestion }).WaitForAsync();
        Assert.Equal(0, await reader.Page.GetByRole(AriaRole.Region, new() { Name = "Customer service" }).CountAsync());
    }

    [GeneratedRegex(@"\d{1,2}:\d{2}.*UTC|UTC$")]
    private static partial Regex UtcText();
}
