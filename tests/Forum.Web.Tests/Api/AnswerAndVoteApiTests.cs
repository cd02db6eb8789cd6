using System.Net;
using System.Net.Http.Json;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Api;

public sealed class AnswerAndVoteApiTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    [Fact]
    public async Task The_asker_accepts_an_answer_and_the_answerer_earns_15()
    {
        var asker = await forum.NewMemberAsync("asker");
        var helper = await forum.NewMemberAsync("helper");
        var id = await asker.AskAsync();
        var answer = await helper.AnswerAsync(id);

        await (await helper.PostAsync($"/api/v1/answers/{answer}/accept", null)).JsonAsync(HttpStatusCode.Forbidden);
        await (await asker.PostAsync($"/api/v1/answers/{answer}/accept", null)).JsonAsync(HttpStatusCode.OK);

        var question = await asker.GetQuestionAsync(id);
        Assert.Equal("solved", question.GetProperty("status").GetString());
        Assert.Equal(answer, question.GetProperty("acceptedAnswerId").GetInt32());
        Assert.Equal(16, await helper.ReputationAsync());

        await (await asker.DeleteAsync($"/api/v1/answers/{answer}/accept")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("open", (await asker.GetQuestionAsync(id)).GetProperty("status").GetString());
        Assert.Equal(1, await helper.ReputationAsync());
    }

    [Fact]
    public async Task Bob_votes_up_and_down_and_the_score_and_reputation_follow()
    {
        var bob = await forum.SignedInClientAsync("bob@forum.local");
        var asker = await forum.NewMemberAsync();
        var id = await asker.AskAsync();
        var answer = await asker.AnswerAsync(id, "Some more detail from me: this started after the 4.2 update.");

        var up = await (await bob.PostAsJsonAsync($"/api/v1/questions/{id}/vote", new { value = 1 })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, up.GetProperty("score").GetInt32());
        Assert.Equal(11, await asker.ReputationAsync());

        var down = await (await bob.PostAsJsonAsync($"/api/v1/answers/{answer}/vote", new { value = -1 })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(-1, down.GetProperty("score").GetInt32());
        Assert.Equal(9, await asker.ReputationAsync());

        await (await bob.PostAsJsonAsync($"/api/v1/answers/{answer}/vote", new { value = 0 })).JsonAsync(HttpStatusCode.OK);
        await (await bob.PostAsJsonAsync($"/api/v1/questions/{id}/vote", new { value = 0 })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, await asker.ReputationAsync());
        Assert.Equal(200, await bob.ReputationAsync());
    }

    [Fact]
    public async Task Voting_without_the_privilege_or_on_ones_own_post_is_403()
    {
        var newcomer = await forum.NewMemberAsync();
        var asker = await forum.NewMemberAsync();
        var id = await asker.AskAsync();

        var unprivileged = await (await newcomer.PostAsJsonAsync($"/api/v1/questions/{id}/vote", new { value = 1 })).JsonAsync(HttpStatusCode.Forbidden);
        await (await asker.PostAsJsonAsync($"/api/v1/questions/{id}/vote", new { value = 1 })).JsonAsync(HttpStatusCode.Forbidden);
        await (await newcomer.PostAsJsonAsync($"/api/v1/questions/{id}/vote", new { value = 7 })).JsonAsync(HttpStatusCode.BadRequest);

        Assert.Contains("15 reputation", unprivileged.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_fifth_answer_in_a_minute_is_429_with_retry_after()
    {
        var asker = await forum.NewMemberAsync();
        var helper = await forum.NewMemberAsync();
        var id = await asker.AskAsync();
        for (var i = 0; i < 4; i++)
            await helper.AnswerAsync(id, $"Attempt number {i}: delete the cache folder and restart the app.");

        var limited = await helper.PostAsJsonAsync($"/api/v1/questions/{id}/answers", new { body = "One more idea: reinstall the app from the website." });

        await limited.JsonAsync(HttpStatusCode.TooManyRequests);
        Assert.InRange(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal(4, (await asker.GetQuestionAsync(id)).GetProperty("answerCount").GetInt32());
    }

    [Fact]
    public async Task Concurrent_identical_votes_count_once_and_never_fail_with_500()
    {
        var bob = await forum.SignedInClientAsync("bob@forum.local");
        var asker = await forum.NewMemberAsync();
        var id = await asker.AskAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => bob.PostAsJsonAsync($"/api/v1/questions/{id}/vote", new { value = 1 })));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict, r.StatusCode.ToString()));
        Assert.Equal(1, (await asker.GetQuestionAsync(id)).GetProperty("score").GetInt32());
        Assert.Equal(11, await asker.ReputationAsync());
    }

    [Fact]
    public async Task Members_pages_show_reputation_history_and_me_needs_a_login()
    {
        var asker = await forum.NewMemberAsync();
        var helper = await forum.NewMemberAsync();
        var answer = await helper.AnswerAsync(await asker.AskAsync());
        await asker.PostAsync($"/api/v1/answers/{answer}/accept", null);
        var me = await (await helper.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK);

        var profile = await (await forum.CreateClient().GetAsync($"/api/v1/members/{me.GetProperty("id").GetString()}")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(16, profile.GetProperty("reputation").GetInt32());
        Assert.Equal(15, profile.GetProperty("history")[0].GetProperty("amount").GetInt32());
        await (await forum.CreateClient().GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.Unauthorized);
        await (await forum.CreateClient().GetAsync("/api/v1/members/nobody")).JsonAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_answer_can_be_deleted_by_its_author_until_it_is_accepted()
    {
        var asker = await forum.NewMemberAsync();
        var helper = await forum.NewMemberAsync();
        var id = await asker.AskAsync();
        var first = await helper.AnswerAsync(id);
        var second = await helper.AnswerAsync(id, "Another way: reset the settings from the help menu.");
        await asker.PostAsync($"/api/v1/answers/{second}/accept", null);

        Assert.Equal(HttpStatusCode.NoContent, (await helper.DeleteAsync($"/api/v1/answers/{first}")).StatusCode);
        await (await helper.DeleteAsync($"/api/v1/answers/{second}")).JsonAsync(HttpStatusCode.Conflict);
        await (await asker.DeleteAsync($"/api/v1/questions/{id}")).JsonAsync(HttpStatusCode.Conflict);
    }
}
