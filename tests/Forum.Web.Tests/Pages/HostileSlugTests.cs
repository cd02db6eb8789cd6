using System.Net;
using Forum.Web.Tests.Harness;
using Microsoft.AspNetCore.Hosting;

namespace Forum.Web.Tests.Pages;

/// <summary>
/// Every address that takes a slug or a name answers a 404 or a redirect to a safely encoded address for slugs made
/// of control, line-break, bidirectional and other hostile characters: never a 500, never a header split in two.
/// (A NUL, %00, never reaches the forum: the server refuses such a path with a 400 first.)
/// </summary>
public sealed class HostileSlugTests(HostileSlugTests.ManyVisitorsForum forum) : IClassFixture<HostileSlugTests.ManyVisitorsForum>
{
    /// <summary>Each slug's feedback comes from a new cookieless visitor; more of them than one address may bring an hour.</summary>
    public sealed class ManyVisitorsForum : ForumWebFactory
    {
        protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Forum:NewVisitorsPerHourPerAddress", "1000");
    }

    public static readonly TheoryData<string> Slugs = new()
    {
        "%E2%80%AE", "a%E2%80%AEb", "%0d%0a", "x%0D%0ASet-Cookie:%20a=b", "%7F", "%C0%AF", "%FF", "%E2%80%8B",
        "..%2F..%2Fetc", "%2F%2Fevil.example", "%5C%5Cevil.example", "%3Cscript%3E", "%22%27", "%25", "%20", "%F0%9F%98%80",
    };

    [Theory]
    [MemberData(nameof(Slugs))]
    public async Task Hostile_slugs_answer_404_or_a_safe_redirect_on_every_slug_route(string slug)
    {
        var client = forum.CreateClient(new() { AllowAutoRedirect = false });
        var member = await forum.SignedInClientAsync("bob@forum.local");
        var routes = new[]
        {
            $"/faq/{slug}", $"/faq/{slug}/feedback", $"/faq/{slug}/history", $"/faq/{slug}/edit",
            $"/questions/1/{slug}", $"/questions/999999/{slug}", $"/c/{slug}", $"/tags/{slug}", $"/questions?tag={slug}&category={slug}",
            $"/members/{slug}", $"/members/{slug}/{slug}", $"/api/v1/faq/{slug}", $"/api/v1/members/{slug}",
        };
        foreach (var route in routes)
        {
            foreach (var response in new[] { await client.GetAsync(route), await member.GetAsync(route) })
            {
                Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound or HttpStatusCode.BadRequest or HttpStatusCode.Redirect
                    or HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden,
                    $"GET {route}: {(int)response.StatusCode}");
                if (response.Headers.Location is { } location)
                {
                    // The sign-in challenge names the site itself; every other redirect is a local path.
                    var target = location.OriginalString.StartsWith("http://localhost/", StringComparison.Ordinal) ? location.OriginalString[16..] : location.OriginalString;
                    Assert.True(target.StartsWith('/') && !target.StartsWith("//", StringComparison.Ordinal) && !target.StartsWith("/\\", StringComparison.Ordinal),
                        $"GET {route} redirects off the site: {location.OriginalString}");
                    Assert.All(target, c => Assert.True(c > ' ' && c < 0x7F, $"GET {route} redirects to an unencoded address: {target}"));
                }
            }
        }
        var feedback = await client.PostAsync($"/faq/{slug}/feedback", new FormUrlEncodedContent(new Dictionary<string, string> { ["helpful"] = "true" }));
        Assert.True(feedback.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"POST feedback: {(int)feedback.StatusCode}");
        if (feedback.Headers.Location is { } back)
            Assert.All(back.OriginalString, c => Assert.True(c > ' ' && c < 0x7F, back.OriginalString));
    }
}
