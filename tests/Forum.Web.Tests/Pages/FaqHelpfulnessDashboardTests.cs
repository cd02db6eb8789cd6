using System.Net;
using System.Net.Http.Json;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Pages;

/// <summary>FAQ helpfulness on the support dashboard and in its JSON, over the demo votes plus new ones.</summary>
public sealed class FaqHelpfulnessDashboardTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    [Fact]
    public async Task Staff_see_faq_helpfulness_in_the_metrics_and_on_the_dashboard_with_a_chart_and_a_table()
    {
        var staff = await forum.SignedInClientAsync("staff@forum.local");
        var before = (await (await staff.GetAsync("/api/v1/support/metrics?days=7")).JsonAsync(HttpStatusCode.OK)).GetProperty("faq");
        var slug = before.GetProperty("leastHelpful")[0].GetProperty("slug").GetString()!;
        var member = await forum.NewMemberAsync();
        await (await member.PostAsJsonAsync($"/api/v1/faq/{slug}/feedback", new { helpful = false, reason = "inaccurate" })).JsonAsync(HttpStatusCode.OK);

        var after = (await (await staff.GetAsync("/api/v1/support/metrics?days=7")).JsonAsync(HttpStatusCode.OK)).GetProperty("faq");

        Assert.Equal(before.GetProperty("votes").GetInt32() + 1, after.GetProperty("votes").GetInt32());
        Assert.Equal(before.GetProperty("notHelpful").GetInt32() + 1, after.GetProperty("notHelpful").GetInt32());
        var total = after.GetProperty("helpful").GetInt32() + after.GetProperty("notHelpful").GetInt32();
        Assert.Equal(Math.Round(100.0 * after.GetProperty("helpful").GetInt32() / total, 1), after.GetProperty("helpfulPercent").GetDouble());
        var least = after.GetProperty("leastHelpful")[0];
        Assert.Equal(slug, least.GetProperty("slug").GetString());
        Assert.True(least.GetProperty("feedback").GetProperty("reasons").GetProperty("inaccurate").GetInt32() >= 1);
        Assert.True(after.GetProperty("notHelpfulReasons").GetProperty("inaccurate").GetInt32() >= 1);
        Assert.True(after.TryGetProperty("askedAfterFaqSuggestions", out _));

        var page = await staff.GetStringAsync("/support/dashboard?days=7");
        Assert.Contains("<h2 id=\"faq-helpfulness\">FAQ helpfulness</h2>", page);
        Assert.Contains("aria-labelledby=\"faq-least-helpful-title\"", page);
        Assert.Contains("The least helpful articles, with the reasons readers gave", page);
        Assert.Contains($"href=\"/faq/{slug}\"", page);
        Assert.Contains("s inaccurate (1)", page);
    }
}
