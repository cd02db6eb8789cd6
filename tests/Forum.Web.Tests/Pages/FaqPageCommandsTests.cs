using System.Net;
using System.Net.Http.Json;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Pages;

/// <summary>An FAQ article's page reads its related questions as ranked in the background; a view never asks the search engine.</summary>
public sealed class FaqPageCommandsTests(CountingForum forum) : IClassFixture<CountingForum>
{
    private async Task<int> SolvedAsync(HttpClient staff, string title)
    {
        var questionId = await staff.AskAsync(ApiCalls.NewQuestion(title));
        var helper = await forum.SignedInClientAsync("moderator@forum.local");
        var answerId = await helper.AnswerAsync(questionId, $"Turn off automatic time zone in Settings, then on again. ({title})");
        await (await staff.PostAsync($"/api/v1/answers/{answerId}/accept", null)).JsonAsync(HttpStatusCode.OK);
        return answerId;
    }

    [Fact]
    public async Task A_first_view_of_an_article_lists_its_stored_related_questions_and_never_asks_the_search_engine()
    {
        var staff = await forum.SignedInClientAsync("staff@forum.local");
        await SolvedAsync(staff, "Calendar invites arrive an hour late on my phone");
        var answerId = await SolvedAsync(staff, "Calendar invites arrive an hour late after the clock change");
        await (await staff.PostAsync($"/api/v1/answers/{answerId}/verify", null)).JsonAsync(HttpStatusCode.OK);
        var promoted = await (await staff.PostAsJsonAsync($"/api/v1/answers/{answerId}/promote", new { publish = true })).JsonAsync(HttpStatusCode.Created);
        var url = $"/faq/{promoted.GetProperty("slug").GetString()}";
        await forum.RankFaqRelatedQuestionsAsync();
        // The answers' notifications are committed now, not by the forum's worker between the two views of the page.
        await forum.RunFollowUpWorkAsync();
        var visitor = forum.CreateClient();

        var commands = await forum.CommandsOfAsync(visitor, url);

        Assert.NotEmpty(commands);
        Assert.DoesNotContain(commands, c => c.Contains("SearchDocuments", StringComparison.OrdinalIgnoreCase));
        var page = await visitor.GetStringAsync(url);
        Assert.Contains("Related questions", page);
        Assert.Contains("Calendar invites arrive an hour late on my phone", page);
    }
}
