using System.Net;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Pages;

/// <summary>A form refused by a rate limit comes back with what was typed, the reason, and when to try again.</summary>
public sealed class RefusedFormTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    [Fact]
    public async Task The_answer_over_the_minutes_allowance_comes_back_in_its_form_with_the_limit_and_retry_after()
    {
        var id = await (await forum.NewMemberAsync("asker")).AskAsync();
        var url = (await forum.CreateClient().GetQuestionAsync(id)).GetProperty("url").GetString()!;
        var helper = await forum.SignedInClientAsync("bob@forum.local");
        string[] steps = ["Clear the cache folder", "Turn off the graphics acceleration", "Reinstall the latest version", "Start in safe mode", "Remove the old profile"];

        var responses = new List<HttpResponseMessage>();
        foreach (var step in steps)
        {
            var page = await helper.GetStringAsync(url);
            responses.Add(await helper.PostAsync($"{url}?handler=Answer", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["NewAnswer.Body"] = $"{step} while the app is closed, then start it again and tell us what you see.",
                ["__RequestVerificationToken"] = FormTokens.Of(page),
            })));
        }

        var refused = responses[^1];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("You can post at most 4 answers", html);
        Assert.Contains("Remove the old profile while the app is closed", html);
        Assert.Equal(4, (await forum.CreateClient().GetQuestionAsync(id)).GetProperty("answerCount").GetInt32());
    }
}
