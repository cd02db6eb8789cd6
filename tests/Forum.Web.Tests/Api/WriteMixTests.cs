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
/// The benchmark's write mix, sent at once: answers and votes (up, down, retracted) on a few questions, by one member
/// and by members voting on each other's posts. Whatever collides (a question's counters, a vote's row, members'
/// locks taken in opposite orders) is settled by the forum: every request succeeds, and scores and reputation add up.
/// </summary>
public sealed class WriteMixTests : IAsyncLifetime
{
    private readonly HighAllowancesForum _forum = new();

    /// <summary>Allowances no client of these tests reaches, as in the benchmark.</summary>
    private sealed class HighAllowancesForum : ForumWebFactory
    {
        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Forum:RateLimits:AnswersPerMinute", "100000");
            builder.UseSetting("Forum:RateLimits:AnswersPerDay", "100000");
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _forum.DisposeAsync().AsTask();

    [Fact]
    public async Task One_member_answering_and_voting_on_three_questions_at_once_is_never_refused()
    {
        var askers = new List<(HttpClient Client, string Id)>();
        for (var i = 0; i < 3; i++)
            askers.Add(await MemberAsync());
        var questions = new List<int>();
        for (var i = 0; i < 3; i++)
            questions.Add(await askers[i].Client.AskAsync(ApiCalls.NewQuestion($"Mix {i}: the tray icon vanishes after sleep", $"The tray icon number {i} vanishes after the laptop sleeps.")));
        var (member, _) = await MemberAsync(reputation: 500);

        for (var round = 0; round < 3; round++)
        {
            var responses = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => i % 2 == 0
                ? member.PostAsJsonAsync($"/api/v1/questions/{questions[i % 3]}/answers", new { body = $"Round {round}, idea {i}: restart the tray service after waking." })
                : member.PostAsJsonAsync($"/api/v1/questions/{questions[i % 3]}/vote", new { value = (i / 3 % 3) - 1 })));

            foreach (var response in responses)
                Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        foreach (var (asker, askerId) in askers)
            Assert.Equal(1 + await LedgerSumAsync(askerId), await asker.ReputationAsync());
        foreach (var question in questions)
        {
            var page = await member.GetQuestionAsync(question);
            Assert.Equal(12, page.GetProperty("answers").GetArrayLength());
            Assert.Equal(await VoteSumAsync(question), page.GetProperty("score").GetInt32());
        }
    }

    [Fact]
    public async Task Members_voting_on_each_others_questions_at_once_are_never_refused()
    {
        var members = new List<(HttpClient Client, string Id)>();
        for (var i = 0; i < 6; i++)
            members.Add(await MemberAsync(reputation: 200));
        var questions = new List<int>();
        for (var i = 0; i < 6; i++)
            questions.Add(await members[i].Client.AskAsync(ApiCalls.NewQuestion($"Crossed votes {i}: the export button is grey", $"The export button number {i} stays grey.")));

        foreach (var value in new[] { 1, -1, 0 })
        {
            var responses = await Task.WhenAll(
                from voter in Enumerable.Range(0, 6)
                from author in Enumerable.Range(0, 6)
                where voter != author
                select members[voter].Client.PostAsJsonAsync($"/api/v1/questions/{questions[author]}/vote", new { value }));

            foreach (var response in responses)
                Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            foreach (var (client, id) in members)
                Assert.Equal(1 + await LedgerSumAsync(id), await client.ReputationAsync());
            foreach (var question in questions)
                Assert.Equal(5 * value, (await members[0].Client.GetQuestionAsync(question)).GetProperty("score").GetInt32());
        }
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
        return await scope.ServiceProvider.GetRequiredService<IForumDb>().ReputationEvents.Where(e => e.MemberId == memberId).SumAsync(e => e.Amount);
    }

    private async Task<int> VoteSumAsync(int questionId)
    {
        using var scope = _forum.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IForumDb>().Votes
            .Where(v => v.PostType == Forum.Domain.Entities.PostType.Question && v.PostId == questionId).SumAsync(v => v.Value);
    }
}
