using Microsoft.Playwright;

namespace Forum.Browser.Tests;

/// <summary>Respect: a harsh question is met with a gentle warning; posted anyway, it reaches the moderators automatically.</summary>
public sealed class RespectJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_harsh_question_gets_a_gentle_warning_and_post_anyway_puts_an_automatic_flag_in_the_moderation_queue()
    {
        await using var visitor = await browser.NewVisitorAsync();
        var page = visitor.Page;
        const string title = "Export to PDF keeps failing after the update";
        const string body = "Whoever broke the PDF export is an idiot. It fails every time with an empty file since 4.3.";
        var questionPath = "";

        await visitor.StepAsync("warned", async () =>
        {
            await visitor.RegisterAsync($"harsh{Guid.NewGuid():N}"[..14] + "@example.com", "Str0ng!Passw0rd");
            await page.GotoAsync("/questions/ask");
            await page.GetByLabel("Title").FillAsync(title);
            await page.GetByLabel("Details").FillAsync(body);
            await page.Locator("#Input_Body-respect-hint").GetByText("people here are volunteers").WaitForAsync();
            await page.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = "Desktop app" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Post your question" }).ClickAsync();

            var warning = page.Locator("#respect-warning");
            await warning.WaitForAsync();
            Assert.Contains("This reads as harsh; people here are volunteers", await warning.InnerTextAsync());
            Assert.Equal("idiot", await warning.Locator("strong").InnerTextAsync());
            Assert.Equal(body, await page.GetByLabel("Details").InputValueAsync());
            Assert.Equal(title, await page.GetByLabel("Title").InputValueAsync());
            await visitor.ScreenshotAsync("respect-warning");
        });

        await visitor.StepAsync("posted-anyway", async () =>
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Post anyway" }).ClickAsync();
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/questions/\d+/"));
            questionPath = new Uri(page.Url).AbsolutePath;
            Assert.Equal(title, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
            Assert.Contains("a moderator will take a look", await page.Locator(".flash").InnerTextAsync());
            await visitor.LogOutAsync();
        });

        await visitor.StepAsync("in-the-queue", async () =>
        {
            await visitor.LogInAsync("moderator@forum.local", ForumServer.DemoPassword);
            await page.GotoAsync("/moderation?reason=abusive");
            var id = questionPath.Split('/')[2];
            var card = page.Locator($"#card-question-{id}");
            var flag = card.Locator(".flag-list li");
            Assert.Equal(1, await flag.CountAsync());
            Assert.Contains("automatic", await flag.InnerTextAsync());
            Assert.Contains("raised by the forum", await flag.InnerTextAsync());
            Assert.Contains("Automatic: rude words: idiot", await flag.InnerTextAsync());
            await card.ScrollIntoViewIfNeededAsync();
            await visitor.ScreenshotAsync("respect-moderation-card");
        });

        Assert.Empty(visitor.Problems);
    }
}
