using Microsoft.Playwright;

namespace Forum.Browser.Tests;

/// <summary>The heart of a support forum, through a real browser: someone asks, someone answers, the asker accepts.</summary>
public sealed class AskAnswerAcceptJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Bob = "bob@forum.local";
    // Dev (reputation 640) cast a single vote while the demo was seeded, so the limit of 5 votes a minute leaves him room.
    private const string Dev = "dev@forum.local";
    private const string DemoQuestionDevHasNotVotedOn = "Dark theme resets to light after every update";

    [Fact]
    public async Task A_new_member_asks_bob_answers_and_accepting_marks_the_question_solved_and_gives_bob_15_reputation()
    {
        await using var visitor = await browser.NewVisitorAsync();
        var page = visitor.Page;
        var asker = $"newcomer{Guid.NewGuid():N}"[..18] + "@example.com";
        const string password = "Str0ng!Passw0rd";

        await page.GotoAsync("/");
        Assert.Equal("How can we help?", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        await visitor.ScreenshotAsync("home");

        await visitor.RegisterAsync(asker, password);
        // The display name chosen at sign-up (never the email address) is the one the forum shows.
        Assert.Equal(asker.Split('@')[0], (await visitor.AccountMenu.InnerTextAsync()).Trim());

        await page.GotoAsync("/questions/ask");
        await page.GetByLabel("Details").FillAsync("Backups **stop** at 99% every night since the last update.");
        var preview = page.Locator("#Input_Body-preview strong");
        await preview.WaitForAsync();
        Assert.Equal("stop", await preview.InnerTextAsync());
        await visitor.ScreenshotAsync("ask");

        var title = "Nightly backup stops at 99 percent";
        var question = await visitor.AskAsync(title,
            "Since updating to 4.3 my nightly backup stops at **99%** and never finishes. Restarting the app does not help; the log only says *timeout*.",
            "Sync & backup", "backup, updates");
        Assert.Equal(title, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Equal(0, await page.Locator(".question-header .status-solved").CountAsync());
        await visitor.LogOutAsync();

        await visitor.LogInAsync(Bob, ForumServer.DemoPassword);
        var answer = await visitor.AnswerAsync(question,
            "The 4.3 update moved the backup folder. Open **Settings → Backup**, choose the folder again, and the next run completes.");
        Assert.Contains("The 4.3 update moved the backup folder.", await visitor.Answer(answer).Locator(".post-body").InnerTextAsync());
        var bobBefore = await visitor.ReputationOnAnswerAsync(answer);
        await visitor.LogOutAsync();

        await visitor.LogInAsync(asker, password);
        await page.GotoAsync(question);
        await visitor.Answer(answer).GetByRole(AriaRole.Button, new() { Name = "Accept this answer" }).ClickAsync();
        await page.WaitForURLAsync($"**{question}#answer-{answer}");

        Assert.Equal("Solved", await page.Locator(".question-header .status-solved").InnerTextAsync());
        Assert.Equal("Accepted answer", await visitor.Answer(answer).Locator(".accepted-label").TextContentAsync());
        Assert.Equal(bobBefore + 15, await visitor.ReputationOnAnswerAsync(answer));
        await visitor.ScreenshotAsync("question");

        await visitor.Answer(answer).Locator(".author-name").ClickAsync();
        Assert.Equal(bobBefore + 15, ForumVisitor.Number(await page.Locator("#member-reputation").InnerTextAsync()));
        var latest = page.Locator(".reputation-list li").First;
        Assert.Equal("+15", await latest.Locator(".reputation-amount").InnerTextAsync());
        Assert.Contains("Answer accepted", await latest.InnerTextAsync());
        await visitor.ScreenshotAsync("member");

        Assert.Empty(visitor.Problems);
    }

    [Fact]
    public async Task Voting_works_without_JavaScript_and_voting_again_takes_the_vote_back()
    {
        await using var visitor = await browser.NewVisitorAsync(javaScript: false);
        var page = visitor.Page;
        await visitor.LogInAsync(Dev, ForumServer.DemoPassword);
        await page.GotoAsync("/questions");
        await page.GetByRole(AriaRole.Link, new() { Name = DemoQuestionDevHasNotVotedOn }).ClickAsync();
        var score = page.Locator("#question .vote-score");
        var before = ForumVisitor.Number(await score.InnerTextAsync());

        await page.Locator("#question").GetByRole(AriaRole.Button, new() { Name = "Vote this question up" }).ClickAsync();
        await page.Locator("#question button[data-vote=up][aria-pressed=true]").WaitForAsync();
        Assert.Equal(before + 1, ForumVisitor.Number(await score.InnerTextAsync()));

        await page.Locator("#question button[data-vote=up]").ClickAsync();
        await page.Locator("#question button[data-vote=up][aria-pressed=false]").WaitForAsync();
        Assert.Equal(before, ForumVisitor.Number(await score.InnerTextAsync()));
    }

    [Fact]
    public async Task The_home_page_fits_a_phone_screen()
    {
        await using var visitor = await browser.NewVisitorAsync(width: 390, height: 844);
        var page = visitor.Page;
        await page.GotoAsync("/");
        var overflow = await page.EvaluateAsync<bool>("document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "The home page scrolls sideways at phone width.");
        await visitor.ScreenshotAsync("home-phone");
        Assert.Empty(visitor.Problems);
    }
}
