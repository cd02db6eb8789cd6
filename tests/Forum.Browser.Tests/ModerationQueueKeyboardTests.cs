using Forum.Domain.Entities;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Questions;
using Forum.Infrastructure.Identity;
using MediatR;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Forum.Browser.Tests;

/// <summary>A forum whose members may write as fast as the seeding needs (the moderation itself runs under the normal rules).</summary>
public sealed class BusyForumFixture : BrowserFixture
{
    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Forum:RateLimits:QuestionsPerDay"] = "1000",
        ["Forum:RateLimits:AnswersPerMinute"] = "1000",
        ["Forum:RateLimits:AnswersPerDay"] = "1000",
        ["Forum:RateLimits:FlagsPerDay"] = "1000",
    };
}

/// <summary>The issue's done-when: a moderator clears a queue of 50 mixed items with the keyboard alone.</summary>
public sealed class ModerationQueueKeyboardTests(BusyForumFixture browser) : IClassFixture<BusyForumFixture>
{
    private const int QueueLength = 50;
    private const string Author = "lin@forum.local";

    [Fact]
    public async Task A_moderator_clears_a_queue_of_50_mixed_items_with_the_keyboard_alone()
    {
        var moderatorId = await IdOfAsync("moderator@forum.local");
        var loggedBefore = (await SendAsAsync("moderator@forum.local", m => m.Send(new GetModerationLog(ModeratorId: moderatorId)))).Total;
        await SeedQueueAsync();
        await using var visitor = await browser.NewVisitorAsync();
        var page = visitor.Page;
        await visitor.LogInAsync("moderator@forum.local", ForumServer.DemoPassword);

        await visitor.StepAsync("queue-of-50", async () =>
        {
            await page.GotoAsync("/moderation");
            Assert.Equal(QueueLength, await page.Locator("[data-card]").CountAsync());
            Assert.Contains("50 posts wait", await page.Locator("[data-queue-total]").InnerTextAsync());
            Assert.True(await page.Locator(".shortcut-help").IsVisibleAsync());
            await visitor.ScreenshotAsync("moderation-queue-50");
        });

        var decisions = new Dictionary<string, int>();
        await visitor.StepAsync("cleared-with-keys", async () =>
        {
            for (var left = QueueLength; left > 0; left--)
            {
                // The focused card is the current one, with a visible focus ring.
                var current = await page.EvaluateAsync<string>("document.activeElement.closest('[data-card]')?.id ?? ''");
                Assert.StartsWith("card-", current);
                var card = page.Locator("#" + current);
                Assert.Contains("is-current", await card.GetAttributeAsync("class"));
                var key = KeyFor(await card.Locator(".flag-reason").EvaluateAllAsync<string[]>("reasons => reasons.map(r => r.dataset.flagReason)"));
                decisions[key] = decisions.GetValueOrDefault(key) + 1;

                await page.Keyboard.PressAsync(key);

                await card.WaitForAsync(new() { State = WaitForSelectorState.Detached });
                Assert.Equal(left - 1, await page.Locator("[data-card]").CountAsync());
            }
            await page.Locator("[data-queue-empty]").WaitForAsync();
            Assert.Equal("data-queue-empty", await page.EvaluateAsync<string>("document.activeElement.hasAttribute('data-queue-empty') ? 'data-queue-empty' : document.activeElement.tagName"));
            Assert.Contains("0 posts wait", await page.Locator("[data-queue-total]").InnerTextAsync());
            await visitor.ScreenshotAsync("moderation-queue-cleared");
        });

        await visitor.StepAsync("empty-and-logged", async () =>
        {
            await page.ReloadAsync();
            Assert.Equal(0, await page.Locator("[data-card]").CountAsync());
            Assert.True(await page.Locator("[data-queue-empty]").IsVisibleAsync());
            var log = await SendAsAsync("moderator@forum.local", m => m.Send(new GetModerationLog(ModeratorId: moderatorId)));
            Assert.Equal(QueueLength, log.Total - loggedBefore);
            Assert.Equal(0, await SendAsAsync("moderator@forum.local", m => m.Send(new CountModerationQueue())));
        });

        await visitor.StepAsync("lift-a-suspension", async () =>
        {
            // The demo's spam account is suspended: its page tells a moderator until when and why, and lifts it.
            await page.GotoAsync($"/members/{await IdOfAsync("deals@forum.local")}");
            Assert.Contains("Advertising in answers", await page.Locator("#member-suspension").InnerTextAsync());
            await visitor.ScreenshotAsync("member-suspended");
            await page.GetByLabel("Why lift it (optional)").FillAsync("Appeal accepted");
            await page.GetByLabel("Why lift it (optional)").PressAsync("Enter");
            await page.Locator(".flash").WaitForAsync();
            Assert.Equal(0, await page.Locator("#member-suspension").CountAsync());
        });

        Assert.Equal(["a", "c", "d", "i", "l"], decisions.Keys.Order());
        Assert.Empty(visitor.Problems);
    }

    /// <summary>What a moderator decides from the card: approve a held post, dismiss a call for a moderator, close a duplicate, lock what is off-topic, delete spam.</summary>
    private static string KeyFor(string[] flagReasons) =>
        flagReasons.Length == 0 ? "a"
        : flagReasons.Contains("needs-moderator") ? "i"
        : flagReasons.Contains("duplicate") ? "c"
        : flagReasons.Contains("off-topic") ? "l"
        : "d";

    /// <summary>
    /// The demo content's three queue items plus 47 more, interleaved: spam answers with one flag, questions flagged as
    /// duplicates or off-topic, held first posts (questions and answers), answers hidden by three spam flags, and answers
    /// flagged for a moderator's attention.
    /// </summary>
    private async Task SeedQueueAsync()
    {
        var existing = await SendAsAsync("moderator@forum.local", m => m.Send(new CountModerationQueue()));
        var original = await AskAsync("bob@forum.local", "How do I move my library to a new computer?", 0);
        var thread = await AskAsync("bob@forum.local", "The app is slow to start after the last update", 0);
        var seeds = new List<Func<int, Task>>();
        for (var i = 0; i < 10; i++)
        {
            seeds.Add(async n =>
            {
                var spam = await AnswerAsync(Author, thread, $"Cheap licence keys, offer number {n}, write to me for the best deal in town today.");
                await FlagAsync("bob@forum.local", PostType.Answer, spam, "spam");
            });
            seeds.Add(async n =>
            {
                var question = await AskAsync(Author, $"Question {n} that a reporter thinks was asked before", n);
                if (n % 2 == 0)
                    await SendAsAsync("dev@forum.local", m => m.Send(new FlagPost(PostType.Question, question, "duplicate", null, original)));
                else
                    await FlagAsync("dev@forum.local", PostType.Question, question, "off-topic");
            });
            seeds.Add(async n =>
            {
                var email = $"newcomer{n}@forum.local";
                await CreateAccountAsync(email);
                if (n % 2 == 0)
                    await AskAsync(email, $"First question {n} from a new member with a link", n, $"The guide at https://example.com/guide-{n} did not help me at all.");
                else
                    await AnswerAsync(email, thread, $"The guide at https://example.com/fix-{n} explains how to fix the slow start.");
            });
            seeds.Add(async n =>
            {
                var hidden = await AnswerAsync(Author, thread, $"Visit my shop for deal number {n}, everything at ninety percent off this week.");
                foreach (var reporter in new[] { "bob@forum.local", "dev@forum.local", "carmen@forum.local" })
                    await FlagAsync(reporter, PostType.Answer, hidden, "spam");
            });
            seeds.Add(async n =>
            {
                var answer = await AnswerAsync(Author, thread, $"Reinstalling worked for me, attempt {n}; my account details are in my profile.");
                await SendAsAsync("carmen@forum.local", m => m.Send(new FlagPost(PostType.Answer, answer, "needs-moderator", "Personal details in the answer.")));
            });
        }
        for (var n = 0; n < QueueLength - existing; n++)
            await seeds[n](n);
        Assert.Equal(QueueLength, await SendAsAsync("moderator@forum.local", m => m.Send(new CountModerationQueue())));
    }

    private async Task<int> AskAsync(string email, string title, int n, string? body = null) =>
        (await SendAsAsync(email, m => m.Send(new AskQuestion(title,
            body ?? $"Details for case {n}: the window stays blank for a minute and then the app starts normally.", "desktop-app", null)))).Id;

    private async Task<int> AnswerAsync(string email, int questionId, string body) =>
        (await SendAsAsync(email, m => m.Send(new PostAnswer(questionId, body)))).Id;

    private Task<FlagResult> FlagAsync(string email, PostType type, int postId, string reason) =>
        SendAsAsync(email, m => m.Send(new FlagPost(type, postId, reason)));

    private async Task CreateAccountAsync(string email)
    {
        using var scope = browser.Forum.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ForumUser>>();
        var created = await users.CreateAsync(new ForumUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0] }, ForumServer.DemoPassword);
        Assert.True(created.Succeeded);
    }

    private async Task<string> IdOfAsync(string email)
    {
        using var scope = browser.Forum.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<ForumUser>>().FindByEmailAsync(email))!.Id;
    }

    /// <summary>Sends a request as the account with this email, with its roles, as the pages would.</summary>
    private async Task<T> SendAsAsync<T>(string email, Func<IMediator, Task<T>> work)
    {
        using var scope = browser.Forum.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ForumUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAs(user.Id, [.. await users.GetRolesAsync(user)]);
        return await work(scope.ServiceProvider.GetRequiredService<IMediator>());
    }
}
