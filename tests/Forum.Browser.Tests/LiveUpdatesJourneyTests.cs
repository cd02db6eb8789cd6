using Microsoft.Playwright;

namespace Forum.Browser.Tests;

/// <summary>Two people at once, in two browsers: what one does appears on the other's open page without a reload.</summary>
public sealed class LiveUpdatesJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Title = "Calendar reminders arrive an hour late since the clocks changed";

    [Fact]
    public async Task A_helper_sees_a_new_question_arrive_and_the_asker_sees_the_answer_arrive()
    {
        await using var helper = await browser.NewVisitorAsync();
        await using var asker = await browser.NewVisitorAsync();
        string questionPath = "";

        await helper.StepAsync("helper-watches-the-queue", async () =>
        {
            await helper.LogInAsync("bob@forum.local", ForumServer.DemoPassword);
            await helper.Page.GotoAsync("/support/needs-attention");
            await helper.Page.WaitForSelectorAsync("html[data-live=connected]");
            Assert.Equal(0, await helper.Page.GetByRole(AriaRole.Link, new() { Name = Title }).CountAsync());
        });

        await asker.StepAsync("asker-asks", async () =>
        {
            await asker.LogInAsync("priya@forum.local", ForumServer.DemoPassword);
            questionPath = await asker.AskAsync(Title, "Every reminder in the calendar comes one hour after the time I set, since the switch to winter time.",
                "Desktop app", "calendar");
            await asker.Page.WaitForSelectorAsync("html[data-live=connected]");
        });

        await helper.StepAsync("question-appears-without-reload", async () =>
        {
            var arrived = helper.Page.GetByRole(AriaRole.Link, new() { Name = Title });
            await arrived.WaitForAsync(new() { Timeout = 15000 });
            await helper.ScreenshotAsync("live-needs-attention");
        });

        int answer = 0;
        await helper.StepAsync("helper-answers", async () =>
        {
            answer = await helper.AnswerAsync(questionPath, "Open Settings, Time zone, and turn on \"Follow the system's time zone\"; then restart the calendar.");
        });

        await asker.StepAsync("answer-waits-behind-a-notice", async () =>
        {
            var notice = asker.Page.GetByRole(AriaRole.Button, new() { Name = "1 new answer: show it" });
            await notice.WaitForAsync(new() { Timeout = 15000 });
            Assert.Equal(0, await asker.Answer(answer).CountAsync());
            await asker.ScreenshotAsync("live-new-answer-notice");
            await notice.ClickAsync();
            await asker.Answer(answer).WaitForAsync();
            Assert.Contains("Follow the system's time zone", await asker.Answer(answer).InnerTextAsync());
        });

        Assert.Empty(helper.Problems);
        Assert.Empty(asker.Problems);
    }

    [Fact]
    public async Task A_visitor_without_javascript_still_reads_the_question_page()
    {
        await using var visitor = await browser.NewVisitorAsync(javaScript: false);
        await visitor.Page.GotoAsync("/questions");
        await visitor.Page.Locator(".question-row .question-title a").First.ClickAsync();
        Assert.True(await visitor.Page.Locator("#question").IsVisibleAsync());
        Assert.Null(await visitor.Page.Locator("html").GetAttributeAsync("data-live"));
    }
}
