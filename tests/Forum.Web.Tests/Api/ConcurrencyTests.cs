using System.Net;
using System.Net.Http.Json;
using Forum.Domain.Common;
using Forum.Domain.Features.Reputation;
using Forum.Web.Tests.Harness;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Web.Tests.Api;

/// <summary>
/// Requests sent at the same moment: reputation stays equal to its ledger with the daily cap and the floor exact,
/// per-member allowances hold, and members acting on one question at once are not told "someone else changed this".
/// Each round is repeated so that an unlucky interleaving is caught.
/// </summary>
public sealed class ConcurrencyTests : IAsyncLifetime
{
    private const int Rounds = 3;

    private readonly RealAllowancesForum _forum = new();

    /// <summary>The real vote allowances (the shared factory raises them for other tests).</summary>
    private sealed class RealAllowancesForum : ForumWebFactory
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Forum:RateLimits:VotesPerMinute", "5");
            builder.UseSetting("Forum:RateLimits:VotesPerDay", "50");
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _forum.DisposeAsync().AsTask();

    [Fact]
    public async Task Eight_upvotes_at_once_all_count_and_reputation_equals_the_ledger()
    {
        var voters = await MembersAsync(8, reputation: 20);
        for (var round = 0; round < Rounds; round++)
        {
            // Four questions and four answers by one author (their allowances), each voted on by another member.
            var (author, authorId) = await MemberAsync();
            var posts = new List<string>();
            for (var i = 0; i < 4; i++)
                posts.Add($"/api/v1/questions/{await author.AskAsync(ApiCalls.NewQuestion($"Round {round} question {i} about the sync settings", $"Sync setting {i} resets itself after every restart of the app."))}/vote");
            var question = int.Parse(posts[0].Split('/')[4]);
            for (var i = 0; i < 4; i++)
                posts.Add($"/api/v1/answers/{await author.AnswerAsync(question, $"Answer number {i} of round {round}: check the sync settings page.")}/vote");

            var responses = await Task.WhenAll(voters.Select((v, i) => v.Client.PostAsJsonAsync(posts[i], new { value = 1 })));

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            Assert.Equal(1 + 80, await author.ReputationAsync());
            Assert.Equal(1 + 80, 1 + await LedgerSumAsync(authorId));
        }
    }

    [Fact]
    public async Task Twenty_five_upvotes_at_once_earn_exactly_the_daily_cap_of_200()
    {
        var voters = await MembersAsync(25, reputation: 20);
        for (var round = 0; round < Rounds; round++)
        {
            var (author, authorId) = await MemberAsync();
            var question = await author.AskAsync(ApiCalls.NewQuestion($"Round {round}: the printer disappears after waking up"));

            var responses = await Task.WhenAll(voters.Select(v => v.Client.PostAsJsonAsync($"/api/v1/questions/{question}/vote", new { value = 1 })));

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            Assert.Equal(25, (await author.GetQuestionAsync(question)).GetProperty("score").GetInt32());
            Assert.Equal(1 + 200, await author.ReputationAsync());
            Assert.Equal(200, await LedgerSumAsync(authorId));
        }
    }

    [Fact]
    public async Task Downvotes_at_once_stop_exactly_at_the_floor()
    {
        var critics = await MembersAsync(10, reputation: 200);
        for (var round = 0; round < Rounds; round++)
        {
            var (author, authorId) = await MemberAsync(reputation: 7);
            var question = await author.AskAsync(ApiCalls.NewQuestion($"Round {round}: the calendar shows the wrong week"));

            var responses = await Task.WhenAll(critics.Select(c => c.Client.PostAsJsonAsync($"/api/v1/questions/{question}/vote", new { value = -1 })));

            Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            Assert.Equal(1, await author.ReputationAsync());
            Assert.Equal(0, await LedgerSumAsync(authorId));
        }
    }

    [Fact]
    public async Task Twenty_questions_at_once_store_exactly_five_and_the_rest_are_told_when_to_try_again()
    {
        for (var round = 0; round < Rounds; round++)
        {
            var (asker, _) = await MemberAsync();
            var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
                asker.PostAsJsonAsync("/api/v1/questions", ApiCalls.NewQuestion($"Question {i} of round {round} about exporting contacts",
                    $"Exporting contacts number {i} stops half way through with no error message at all."))));

            AssertAllowance(responses, HttpStatusCode.Created, allowed: 5);
        }
    }

    [Fact]
    public async Task Twenty_answers_at_once_store_exactly_four()
    {
        var (asker, _) = await MemberAsync();
        for (var round = 0; round < Rounds; round++)
        {
            var question = await asker.AskAsync(ApiCalls.NewQuestion($"Round {round}: the app logs me out every hour"));
            var (helper, _) = await MemberAsync();
            var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
                helper.PostAsJsonAsync($"/api/v1/questions/{question}/answers", new { body = $"Suggestion {i}: clear the saved session number {i} and sign in again." })));

            AssertAllowance(responses, HttpStatusCode.Created, allowed: 4);
        }
    }

    [Fact]
    public async Task Twenty_votes_at_once_count_exactly_five()
    {
        var askers = await MembersAsync(4);
        var questions = new List<int>();
        for (var i = 0; i < 20; i++)
            questions.Add(await askers[i % 4].Client.AskAsync(ApiCalls.NewQuestion($"Vote target {i}: the widget stays empty", $"The widget number {i} stays empty after the update.")));
        for (var round = 0; round < Rounds; round++)
        {
            var (voter, _) = await MemberAsync(reputation: 20);
            var responses = await Task.WhenAll(questions.Select(q => voter.PostAsJsonAsync($"/api/v1/questions/{q}/vote", new { value = 1 })));

            AssertAllowance(responses, HttpStatusCode.OK, allowed: 5);
        }
    }

    [Fact]
    public async Task Members_answering_and_voting_on_one_question_at_once_are_not_told_someone_else_changed_it()
    {
        var members = await MembersAsync(8, reputation: 20);
        for (var round = 0; round < Rounds; round++)
        {
            var (asker, _) = await MemberAsync();
            var question = await asker.AskAsync(ApiCalls.NewQuestion($"Round {round}: notifications arrive twice"));

            var answered = await Task.WhenAll(members.Select((m, i) =>
                m.Client.PostAsJsonAsync($"/api/v1/questions/{question}/answers", new { body = $"Member {i} says in round {round}: turn off the second device's notifications." })));
            var voted = await Task.WhenAll(members.Select(m => m.Client.PostAsJsonAsync($"/api/v1/questions/{question}/vote", new { value = 1 })));

            Assert.All(answered, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
            Assert.All(voted, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            var page = await asker.GetQuestionAsync(question);
            Assert.True(8 == page.GetProperty("answers").GetArrayLength(), page.ToString());
            Assert.Equal(8, page.GetProperty("score").GetInt32());
        }
    }

    [Fact]
    public async Task Was_this_helpful_counts_once_per_visitor_and_posts_without_the_cookie_cannot_stuff_it()
    {
        var staff = await _forum.SignedInClientAsync("staff@forum.local");
        var index = await (await staff.GetAsync("/api/v1/faq")).JsonAsync(HttpStatusCode.OK);
        var slug = index.GetProperty("categories")[0].GetProperty("articles")[0].GetProperty("slug").GetString()!;
        var feedback = $"/api/v1/faq/{slug}/feedback";
        var before = await NotHelpfulAsync(staff, slug);

        // A visitor with the cookie answers as often as they like, at once too: one vote.
        var visitor = _forum.CreateClient();
        await (await visitor.PostAsJsonAsync(feedback, new { helpful = false })).JsonAsync(HttpStatusCode.OK);
        var again = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => visitor.PostAsJsonAsync(feedback, new { helpful = false })));
        Assert.All(again, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(before + 1, await NotHelpfulAsync(staff, slug));

        // Without the cookie every post is a new visitor: an address brings at most 10 an hour (the visitor above was one).
        var cookieless = _forum.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false });
        var stuffed = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => cookieless.PostAsJsonAsync(feedback, new { helpful = false })));
        Assert.Equal(9, stuffed.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(stuffed.Where(r => r.StatusCode != HttpStatusCode.OK), r =>
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode);
            Assert.NotNull(r.Headers.RetryAfter);
        });

        // A visitor id the forum did not sign is no cookie at all.
        var forged = new HttpRequestMessage(HttpMethod.Post, feedback) { Content = JsonContent.Create(new { helpful = false }) };
        forged.Headers.Add("Cookie", $"forum.visitor={Guid.NewGuid():D}");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await cookieless.SendAsync(forged)).StatusCode);
        Assert.Equal(before + 10, await NotHelpfulAsync(staff, slug));

        // The visitor with the cookie still changes their answer.
        await (await visitor.PostAsJsonAsync(feedback, new { helpful = true })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(before + 9, await NotHelpfulAsync(staff, slug));
    }

    private static async Task<int> NotHelpfulAsync(HttpClient staff, string slug)
    {
        var report = await (await staff.GetAsync("/api/v1/faq/report")).JsonAsync(HttpStatusCode.OK);
        return report.GetProperty("articles").EnumerateArray().SingleOrDefault(r => r.GetProperty("slug").GetString() == slug) is { ValueKind: System.Text.Json.JsonValueKind.Object } row
            ? row.GetProperty("feedback").GetProperty("notHelpful").GetInt32()
            : 0;
    }

    private static void AssertAllowance(HttpResponseMessage[] responses, HttpStatusCode success, int allowed)
    {
        Assert.Equal(allowed, responses.Count(r => r.StatusCode == success));
        var refused = responses.Where(r => r.StatusCode != success).ToList();
        Assert.All(refused, r =>
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, r.StatusCode);
            Assert.NotNull(r.Headers.RetryAfter);
        });
    }

    private async Task<List<(HttpClient Client, string Id)>> MembersAsync(int count, int reputation = 1)
    {
        var members = new List<(HttpClient, string)>();
        for (var i = 0; i < count; i++)
            members.Add(await MemberAsync(reputation));
        return members;
    }

    private async Task<(HttpClient Client, string Id)> MemberAsync(int reputation = 1)
    {
        var client = await _forum.NewMemberAsync();
        var id = (await (await client.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString()!;
        if (reputation > 1)
        {
            using var scope = _forum.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ReputationLedger>().AdjustAsync(id, reputation - 1, id, default);
            await scope.ServiceProvider.GetRequiredService<IForumDb>().SaveChangesAsync();
        }
        return (client, id);
    }

    private async Task<int> LedgerSumAsync(string memberId)
    {
        using var scope = _forum.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IForumDb>().ReputationEvents
            .Where(e => e.MemberId == memberId).SumAsync(e => e.Amount);
    }
}
