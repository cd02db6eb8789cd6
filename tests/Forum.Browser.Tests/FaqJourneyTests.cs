using Microsoft.Playwright;

namespace Forum.Browser.Tests;

public sealed class FaqJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Title = "Exported PDF files lose their embedded fonts";

    [Fact]
    public async Task An_accepted_answer_is_verified_and_promoted_by_staff_and_then_suggested_to_the_next_asker()
    {
        var stamp = Guid.NewGuid().ToString("N")[..8];
        await using var asker = await browser.NewVisitorAsync();
        await using var helper = await browser.NewVisitorAsync();
        await using var staff = await browser.NewVisitorAsync();
        await using var newcomer = await browser.NewVisitorAsync();
        string question = "";
        var answerId = 0;

        await asker.StepAsync("ask", async () =>
        {
            await asker.RegisterAsync($"asker-{stamp}@forum.test", ForumServer.DemoPassword);
            question = await asker.AskAsync(Title, "Every PDF I export from the desktop app shows fallback fonts when opened on another computer.", "Desktop app", "export");
        });
        await helper.StepAsync("answer", async () =>
        {
            await helper.RegisterAsync($"helper-{stamp}@forum.test", ForumServer.DemoPassword);
            await helper.ChooseDisplayNameAsync($"Helper {stamp}");
            Assert.Equal($"Helper {stamp}", (await helper.AccountMenu.InnerTextAsync()).Trim());
            answerId = await helper.AnswerAsync(question, "In **Export → PDF**, tick *Embed all fonts*. Fonts marked as not embeddable are replaced; use another font for those.");
        });
        await asker.StepAsync("accept", async () =>
        {
            await asker.Page.GotoAsync(question);
            await asker.Answer(answerId).GetByRole(AriaRole.Button, new() { Name = "Accept this answer" }).ClickAsync();
            await asker.Answer(answerId).Locator(".accepted-label").WaitForAsync();
        });
        await staff.StepAsync("verify", async () =>
        {
            await staff.LogInAsync("staff@forum.local", ForumServer.DemoPassword);
            await staff.Page.GotoAsync(question);
            await staff.Answer(answerId).GetByRole(AriaRole.Button, new() { Name = "Mark staff-verified" }).ClickAsync();
            await staff.Answer(answerId).Locator(".verified-label").WaitForAsync();
            await staff.ScreenshotAsync("faq-verified-answer");
        });
        await staff.StepAsync("promote", async () =>
        {
            await staff.Answer(answerId).GetByRole(AriaRole.Link, new() { Name = "Promote to FAQ" }).ClickAsync();
            Assert.Equal(Title, await staff.Page.GetByLabel("Title").InputValueAsync());
            Assert.Contains("fallback fonts", await staff.Page.GetByLabel("The problem, in a few sentences").InputValueAsync());
            Assert.Contains("Embed all fonts", await staff.Page.GetByLabel("The solution (Markdown)").InputValueAsync());
            await staff.ScreenshotAsync("faq-promote-editor");
            await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
            await staff.Page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = Title }).WaitForAsync();
        });
        await newcomer.StepAsync("read the faq", async () =>
        {
            await newcomer.Page.GotoAsync("/faq");
            await newcomer.Page.GetByRole(AriaRole.Link, new() { Name = Title }).ClickAsync();
            var credit = newcomer.Page.Locator(".faq-credit");
            Assert.Contains($"Based on an answer by Helper {stamp}", await credit.InnerTextAsync());
            await newcomer.Page.GetByRole(AriaRole.Button, new() { Name = "No" }).ClickAsync();
            await newcomer.Page.GetByRole(AriaRole.Button, new() { Name = "It’s confusing" }).ClickAsync();
            await newcomer.Page.GetByText("Thank you for your feedback.").WaitForAsync();
            await newcomer.ScreenshotAsync("faq-article");
        });
        await newcomer.StepAsync("see it suggested", async () =>
        {
            await newcomer.RegisterAsync($"newcomer-{stamp}@forum.test", ForumServer.DemoPassword);
            await newcomer.Page.GotoAsync("/questions/ask");
            await newcomer.Page.GetByLabel("Title").PressSequentiallyAsync("PDF export fonts look wrong");
            var suggestion = newcomer.Page.Locator("#ask-suggestions").GetByRole(AriaRole.Link, new() { Name = Title });
            await suggestion.WaitForAsync();
            await newcomer.ScreenshotAsync("faq-ask-suggestions");
            Assert.StartsWith("faq:", await newcomer.Page.Locator("#Input_SuggestionsSeen").InputValueAsync());
        });
        await staff.StepAsync("review page", async () =>
        {
            await staff.Page.GotoAsync("/faq/review");
            await staff.Page.GetByRole(AriaRole.Heading, new() { Name = "Least helpful articles" }).WaitForAsync();
            Assert.Contains(Title, await staff.Page.Locator("table").First.InnerTextAsync());
            await staff.ScreenshotAsync("faq-review");
        });
        Assert.Empty(asker.Problems);
        Assert.Empty(staff.Problems);
        Assert.Empty(newcomer.Problems);
    }
}
