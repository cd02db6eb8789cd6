using Microsoft.Playwright;

namespace Forum.Browser.Tests;

public sealed class QuestionPageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string DemoQuestion = "Sync stopped working after I changed my password";

    [Fact]
    public async Task A_question_address_without_its_title_redirects_to_the_full_address()
    {
        await using var visitor = await browser.NewVisitorAsync();
        var page = visitor.Page;
        await page.GotoAsync("/questions");
        var canonical = await page.GetByRole(AriaRole.Link, new() { Name = DemoQuestion }).GetAttributeAsync("href");
        var id = canonical!.Split('/')[2];

        await page.GotoAsync($"/questions/{id}");
        Assert.EndsWith(canonical, page.Url);
        await page.GotoAsync($"/questions/{id}/a-wrong-title");
        Assert.EndsWith(canonical, page.Url);
        Assert.Equal(DemoQuestion, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
    }

    [Fact]
    public async Task A_visitor_is_asked_to_log_in_to_answer_and_a_too_short_answer_is_refused_next_to_the_field()
    {
        await using var visitor = await browser.NewVisitorAsync();
        var page = visitor.Page;
        await page.GotoAsync("/questions");
        await page.GetByRole(AriaRole.Link, new() { Name = DemoQuestion }).ClickAsync();
        var question = new Uri(page.Url).AbsolutePath;
        await page.GetByRole(AriaRole.Link, new() { Name = "Log in to answer" }).ClickAsync();
        await page.GetByLabel("Email").FillAsync("alice@forum.local");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(ForumServer.DemoPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"**{question}#your-answer");

        await page.GetByLabel("Your answer (Markdown)").FillAsync("Try again.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Post your answer" }).ClickAsync();

        var error = page.Locator("#answer-body-error");
        await error.Filter(new() { HasText = "between" }).WaitForAsync();
        Assert.Contains("The body must be between 30", await error.InnerTextAsync());
        Assert.Equal("true", await page.GetByLabel("Your answer (Markdown)").GetAttributeAsync("aria-invalid"));
        Assert.Equal("Try again.", await page.GetByLabel("Your answer (Markdown)").InputValueAsync());
        Assert.Empty(visitor.Problems);
    }
}
