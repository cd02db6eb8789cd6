using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forum.Web.Tests.Harness;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Forum.Web.Tests.Pages;

public sealed class SupportPagesTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private HttpClient Visitor() => forum.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/support/needs-attention")]
    [InlineData("/support/dashboard")]
    [InlineData("/notifications")]
    [InlineData("/notifications/settings")]
    [InlineData("/support/common-responses")]
    public async Task Visitors_are_sent_to_log_in(string path)
    {
        var response = await Visitor().GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Identity/Account/Login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task The_follow_up_page_shows_the_choice_without_answering_and_an_unknown_question_is_not_found()
    {
        var page = await Visitor().GetAsync("/questions/1/follow-up?token=forged&stillSolved=false");
        var missing = await Visitor().GetAsync("/questions/999999/follow-up?token=forged");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Is this still solved?", html);
        Assert.Contains("No, the problem is back", html);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task A_visitor_sees_the_support_panel_on_a_waiting_question_and_no_empty_box_on_a_solved_one()
    {
        async Task<string> FirstQuestionPageAsync(string sort)
        {
            var list = await forum.CreateClient().GetFromJsonAsync<JsonElement>($"/api/v1/questions?sort={sort}&pageSize=1");
            return await forum.CreateClient().GetStringAsync($"/questions/{list.GetProperty("items")[0].GetProperty("id").GetInt32()}");
        }

        var waiting = await FirstQuestionPageAsync("unanswered");
        var solved = await FirstQuestionPageAsync("solved");

        Assert.Contains("class=\"question-support\"", waiting);
        Assert.Contains("Waiting for a first response", waiting);
        Assert.DoesNotContain("class=\"question-support\"", solved);
    }

    [Fact]
    public async Task A_queue_refreshed_by_a_script_while_a_helper_takes_a_question_leaves_the_message_for_the_question_page()
    {
        var id = await (await forum.NewMemberAsync("asker")).AskAsync();
        var bob = Visitor();
        Assert.Equal(HttpStatusCode.Redirect, (await bob.PostLoginFormAsync("bob@forum.local")).StatusCode);
        var queue = await bob.GetStringAsync("/support/needs-attention?language=any");

        var taken = await bob.PostAsync($"/support/needs-attention?handler=Take&id={id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = FormTokens.Of(queue),
        }));
        // The live updates fetch the queue again as the take is announced, before the browser follows the redirect.
        var refresh = new HttpRequestMessage(HttpMethod.Get, "/support/needs-attention?language=any");
        refresh.Headers.Add("Sec-Fetch-Mode", "cors");
        var refreshed = await bob.SendAsync(refresh);
        var questionPage = await bob.GetAsync(taken.Headers.Location);
        Assert.Equal(HttpStatusCode.MovedPermanently, questionPage.StatusCode); // to the address with the question's slug
        var question = await bob.GetStringAsync(questionPage.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, taken.StatusCode);
        Assert.DoesNotContain("You have the question", await refreshed.Content.ReadAsStringAsync());
        Assert.False(refreshed.Headers.Contains("Set-Cookie"));
        Assert.Contains("You have the question", question);
        Assert.DoesNotContain("You have the question", await bob.GetStringAsync(questionPage.Headers.Location));
    }
}
