using Microsoft.Playwright;

namespace Forum.Browser.Tests;

/// <summary>Keeping the forum clean through a real browser: members flag spam, a moderator clears it with the keyboard, its author asks for a review.</summary>
public sealed class ModerationJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Author = "lin@forum.local";
    private static readonly string[] Reporters = ["bob@forum.local", "dev@forum.local", "carmen@forum.local"];
    private const string Question = "How do I export all my data before closing my account?";
    private const string Spam = "Best prices on licence keys today only, visit my shop for ninety percent off everything you need.";

    [Fact]
    public async Task Three_members_flag_spam_it_disappears_a_moderator_deletes_it_with_the_keyboard_the_log_shows_it_and_its_author_asks_for_a_review()
    {
        await using var visitor = await browser.NewVisitorAsync();
        var page = visitor.Page;
        string questionPath = "", authorPage = "";
        var answer = 0;
        var reputationBefore = 0;

        await visitor.StepAsync("spam-posted", async () =>
        {
            await visitor.LogInAsync(Author, ForumServer.DemoPassword);
            await page.GotoAsync("/questions");
            await page.GetByRole(AriaRole.Link, new() { Name = Question }).ClickAsync();
            questionPath = new Uri(page.Url).AbsolutePath;
            answer = await visitor.AnswerAsync(questionPath, Spam);
            authorPage = (await visitor.Answer(answer).Locator(".author-name").GetAttributeAsync("href"))!;
            await page.GotoAsync(authorPage);
            reputationBefore = ForumVisitor.Number(await page.Locator("#member-reputation").InnerTextAsync());
            await visitor.LogOutAsync();
        });

        foreach (var reporter in Reporters)
        {
            await visitor.StepAsync("flag-by-" + reporter.Split('@')[0], async () =>
            {
                await visitor.LogInAsync(reporter, ForumServer.DemoPassword);
                await page.GotoAsync(questionPath);
                var flag = visitor.Answer(answer).Locator("details.flag-form");
                await flag.Locator("summary").ClickAsync();
                await flag.GetByLabel("Spam").CheckAsync();
                await flag.GetByRole(AriaRole.Button, new() { Name = "Send flag" }).ClickAsync();
                await page.Locator(".flash").WaitForAsync();
                await visitor.LogOutAsync();
            });
        }

        await visitor.StepAsync("hidden-for-others", async () =>
        {
            await page.GotoAsync(questionPath);
            Assert.Equal(0, await visitor.Answer(answer).CountAsync());
            await visitor.LogInAsync(Author, ForumServer.DemoPassword);
            await page.GotoAsync(questionPath);
            Assert.Contains("Hidden: flagged: Spam", await visitor.Answer(answer).Locator(".moderation-note").InnerTextAsync());
            await visitor.LogOutAsync();
        });

        await visitor.StepAsync("deleted-with-the-keyboard", async () =>
        {
            await visitor.LogInAsync("moderator@forum.local", ForumServer.DemoPassword);
            await page.GetByRole(AriaRole.Link, new() { Name = "Moderation" }).ClickAsync();
            await page.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = "Privacy & security" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
            var card = page.Locator($"#card-answer-{answer}");
            Assert.Equal(3, await card.Locator(".flag-list li").CountAsync());
            await visitor.ScreenshotAsync("moderation-queue");
            await page.Locator("body").ClickAsync(new() { Position = new() { X = 5, Y = 5 } });
            await page.Keyboard.PressAsync("j");
            await page.Keyboard.PressAsync("k");
            Assert.Contains("is-current", await card.GetAttributeAsync("class"));
            await page.Keyboard.PressAsync("d");
            await card.WaitForAsync(new() { State = WaitForSelectorState.Detached });
            Assert.Contains($"Done: Delete on the answer {answer}", await page.Locator("[data-queue-status]").InnerTextAsync());
        });

        await visitor.StepAsync("reputation-and-log", async () =>
        {
            await page.GotoAsync(authorPage);
            Assert.Equal(reputationBefore - 100, ForumVisitor.Number(await page.Locator("#member-reputation").InnerTextAsync()));
            await page.GotoAsync("/moderation/log");
            var latest = page.Locator(".moderation-log tbody tr").First;
            var text = await latest.InnerTextAsync();
            Assert.Contains("delete", text);
            Assert.Contains("Lin Wei", text);
            Assert.Contains($"answer {answer}", text);
            await visitor.ScreenshotAsync("moderation-log");
            await visitor.LogOutAsync();
        });

        await visitor.StepAsync("review-asked-by-the-author", async () =>
        {
            await visitor.LogInAsync(Author, ForumServer.DemoPassword);
            await page.GotoAsync($"/answers/{answer}/review");
            Assert.Contains("Removed by a moderator", await page.Locator(".moderation-banner").InnerTextAsync());
            await page.GetByLabel("Why should it be shown again?").FillAsync("This was a real offer from our shop; I have removed the link.");
            await visitor.ScreenshotAsync("review-request");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ask for a review" }).ClickAsync();
            await page.Locator(".flash").WaitForAsync();
            Assert.Contains("A moderator has your request", await page.Locator(".empty-state").InnerTextAsync());
        });

        Assert.Empty(visitor.Problems);
    }
}
