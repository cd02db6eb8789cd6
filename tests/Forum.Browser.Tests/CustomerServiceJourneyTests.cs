using Microsoft.Playwright;

namespace Forum.Browser.Tests;

/// <summary>Customer service through a real browser: the acknowledgement, the Needs attention queue, a common response, the bell, the dashboard.</summary>
public sealed class CustomerServiceJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_asker_is_acknowledged_a_helper_takes_and_answers_from_the_queue_and_the_asker_is_notified()
    {
        await using var asker = await browser.NewVisitorAsync();
        var email = $"asker{Guid.NewGuid():N}"[..16] + "@example.com";
        await asker.RegisterAsync(email, "Str0ng!Passw0rd");
        var title = "Sync stops after waking the laptop";
        var question = await asker.AskAsync(title,
            "After the laptop wakes from sleep, sync stays paused until I restart the app. Version 4.3 on Windows 11.", "Sync & backup", "sync");
        Assert.StartsWith("Your question was received", await asker.Page.Locator(".flash").InnerTextAsync());
        Assert.Contains("Waiting for a first response", await asker.Page.Locator(".question-support").InnerTextAsync());

        await using var bob = await browser.NewVisitorAsync();
        await bob.LogInAsync("bob@forum.local", "Passw0rd!");
        await bob.Page.GetByRole(AriaRole.Link, new() { Name = "Needs attention" }).First.ClickAsync();
        await bob.Page.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = "Sync & backup" });
        await bob.Page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await bob.ScreenshotAsync("needs-attention");
        var row = bob.Page.Locator(".queue-item", new() { HasText = title });
        await row.GetByRole(AriaRole.Button, new() { Name = "Take it" }).ClickAsync();

        // Taking it opens the question at the answer form.
        await bob.Page.WaitForURLAsync($"**{question}#your-answer");
        Assert.StartsWith("You have the question", await bob.Page.Locator(".flash").InnerTextAsync());
        Assert.Contains("You are answering", await bob.Page.Locator(".question-support").InnerTextAsync());
        await bob.Page.GetByText("Insert a common response").ClickAsync();
        await bob.Page.GetByRole(AriaRole.Button, new() { Name = "Reconnect sync · Sync & backup" }).ClickAsync();
        var answer = bob.Page.GetByLabel("Your answer (Markdown)");
        Assert.Contains("Disconnect this device", await answer.InputValueAsync());
        await answer.PressAsync("Control+Home");
        await answer.PressSequentiallyAsync("Hi! ");
        await bob.Page.GetByRole(AriaRole.Button, new() { Name = "Post your answer" }).ClickAsync();
        await bob.Page.Locator(".answer").First.WaitForAsync();

        await asker.Page.GotoAsync("/");
        var bell = asker.Page.Locator(".notification-bell");
        Assert.Contains("unread", await bell.GetAttributeAsync("aria-label"));
        await bell.ClickAsync();
        Assert.Contains("Bob answered your question.", await asker.Page.Locator(".notification-list").InnerTextAsync());
        await asker.ScreenshotAsync("notifications");
        Assert.Empty(bob.Problems);
        Assert.Empty(asker.Problems);
    }

    [Fact]
    public async Task Staff_read_the_dashboard_for_7_and_30_days_with_charts_and_tables()
    {
        await using var staff = await browser.NewVisitorAsync();
        await staff.LogInAsync("staff@forum.local", "Passw0rd!");

        await staff.Page.Locator(".account-menu > summary").ClickAsync();
        await staff.Page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        Assert.Equal("Support dashboard", await staff.Page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        // Four response-time charts and two on FAQ helpfulness (the demo content has FAQ votes).
        Assert.Equal(6, await staff.Page.Locator("figure.chart svg[role=img]").CountAsync());
        await staff.Page.GetByRole(AriaRole.Heading, new() { Name = "FAQ helpfulness" }).WaitForAsync();
        await staff.ScreenshotAsync("dashboard");
        await staff.Page.GetByRole(AriaRole.Link, new() { Name = "30 days" }).ClickAsync();
        Assert.Equal("page", await staff.Page.GetByRole(AriaRole.Link, new() { Name = "30 days" }).GetAttributeAsync("aria-current"));
        Assert.Empty(staff.Problems);

        await using var bob = await browser.NewVisitorAsync();
        await bob.LogInAsync("bob@forum.local", "Passw0rd!");
        var response = await bob.Page.GotoAsync("/support/dashboard");
        Assert.Equal(403, response!.Status);
    }
}
