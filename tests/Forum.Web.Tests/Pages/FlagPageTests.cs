using System.Net;
using System.Net.Http.Json;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Pages;

/// <summary>Flagging from a question's page: the reporter whose flag hides the post is thanked, not sent to a missing page.</summary>
public sealed class FlagPageTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    [Fact]
    public async Task The_flag_that_hides_a_question_thanks_its_reporter_on_the_question_list()
    {
        var id = await (await forum.NewMemberAsync("spammer")).AskAsync(ApiCalls.NewQuestion("Cheap licence keys for the desktop app today"));
        foreach (var email in new[] { "carmen@forum.local", "dev@forum.local" })
            await (await (await forum.SignedInClientAsync(email)).PostAsJsonAsync($"/api/v1/questions/{id}/flags", new { reason = "spam" })).JsonAsync(HttpStatusCode.Created);
        var lin = await forum.SignedInBrowserAsync("lin@forum.local");
        var page = await lin.GetStringAsync($"/questions/{id}");

        var response = await lin.PostAsync($"/questions/{id}/cheap-licence-keys-for-the-desktop-app-today?handler=Flag", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", FormTokens.Of(page)), new("postType", "Question"), new("postId", $"{id}"), new("reason", "spam"),
        ]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/questions", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Thanks for the flag. The question is hidden until a moderator reviews it.", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await lin.GetAsync($"/questions/{id}")).StatusCode);
    }
}
