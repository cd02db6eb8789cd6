using System.Net;
using System.Net.Http.Json;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Pages;

/// <summary>The author of a removed post follows the notice to its review page and asks a moderator to look again.</summary>
public sealed class ReviewRequestPageTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    [Fact]
    public async Task The_author_of_a_removed_question_asks_for_a_review_from_its_page_and_nobody_else_finds_it()
    {
        var email = $"asker-{Guid.NewGuid():N}@forum.test";
        (await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email, password = "Passw0rd!" })).EnsureSuccessStatusCode();
        var id = await (await forum.SignedInClientAsync(email)).AskAsync(ApiCalls.NewQuestion("Export button gone after the spring update"));
        var moderator = await forum.SignedInClientAsync("moderator@forum.local");
        (await moderator.PostAsJsonAsync($"/api/v1/moderation/queue/question/{id}/actions", new { action = "delete", reason = "Looks like an advert" }))
            .EnsureSuccessStatusCode();
        var author = await forum.SignedInBrowserAsync(email);

        var notifications = await author.GetStringAsync("/notifications");
        Assert.Contains($"value=\"/questions/{id}/review\"", notifications);
        var page = await author.GetStringAsync($"/questions/{id}/review");
        Assert.Contains("Removed by a moderator: Looks like an advert.", page);
        Assert.DoesNotContain("Back to", page);

        var empty = await author.PostAsync($"/questions/{id}/review", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", FormTokens.Of(page)), new("Note", "   ")]));
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Tell the moderators why the post should be shown again.", await empty.Content.ReadAsStringAsync());

        var sent = await author.PostAsync($"/questions/{id}/review", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", FormTokens.Of(page)), new("Note", "<script>alert(1)</script> It is a real question.")]));
        var after = await sent.Content.ReadAsStringAsync();
        Assert.Equal($"/questions/{id}/review", sent.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Your request was sent.", after);
        Assert.Contains("A moderator has your request", after);
        Assert.DoesNotContain("<textarea", after);

        var queue = await moderator.GetStringAsync("/moderation");
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; It is a real question.", queue);
        var stranger = await forum.SignedInBrowserAsync("lin@forum.local");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/questions/{id}/review")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/answers/{id}/review")).StatusCode);
        var visitor = await forum.CreateClient(new() { AllowAutoRedirect = false }).GetAsync($"/questions/{id}/review");
        Assert.Equal(HttpStatusCode.Redirect, visitor.StatusCode);
    }

    [Fact]
    public async Task Through_the_api_the_author_of_a_removed_answer_reads_why_and_asks_once_and_others_find_nothing()
    {
        var questionId = await (await forum.NewMemberAsync("asker")).AskAsync(ApiCalls.NewQuestion("Sync stops at 99 percent on the laptop"));
        var author = await forum.NewMemberAsync("answerer");
        var answerId = await author.AnswerAsync(questionId);
        var moderator = await forum.SignedInClientAsync("moderator@forum.local");
        (await moderator.PostAsJsonAsync($"/api/v1/moderation/queue/answer/{answerId}/actions", new { action = "delete", reason = "Not an answer" }))
            .EnsureSuccessStatusCode();

        var post = await (await author.GetAsync($"/api/v1/answers/{answerId}/review")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("deleted", post.GetProperty("moderation").GetProperty("state").GetString());
        Assert.Equal("Not an answer", post.GetProperty("moderation").GetProperty("reason").GetString());
        await (await author.PostAsJsonAsync($"/api/v1/answers/{answerId}/review", new { note = "" })).JsonAsync(HttpStatusCode.BadRequest);
        await (await author.PostAsJsonAsync($"/api/v1/answers/{answerId}/review", new { note = "It does answer: the service is what stalls." })).JsonAsync(HttpStatusCode.Created);
        await (await author.PostAsJsonAsync($"/api/v1/answers/{answerId}/review", new { note = "Please?" })).JsonAsync(HttpStatusCode.Conflict);

        var stranger = await forum.NewMemberAsync("stranger");
        await (await stranger.GetAsync($"/api/v1/answers/{answerId}/review")).JsonAsync(HttpStatusCode.NotFound);
        await (await stranger.PostAsJsonAsync($"/api/v1/answers/{answerId}/review", new { note = "Restore it." })).JsonAsync(HttpStatusCode.NotFound);
        await (await forum.CreateClient().PostAsJsonAsync($"/api/v1/answers/{answerId}/review", new { note = "Restore it." })).JsonAsync(HttpStatusCode.Unauthorized);
    }
}
