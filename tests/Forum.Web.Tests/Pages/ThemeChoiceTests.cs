using System.Net;
using Forum.Web.Tests.Harness;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Forum.Web.Tests.Pages;

/// <summary>The reader's theme is written into the page by the server, so a chosen theme shows from the first paint.</summary>
public sealed class ThemeChoiceTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private const string DarkSheet = "id=\"dark-theme\"";

    private HttpClient Client() => forum.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private async Task<string> PageWithThemeAsync(string? theme)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/faq");
        if (theme is not null)
            request.Headers.Add("Cookie", $"forum-theme={theme}");
        var response = await Client().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var tag = html[html.LastIndexOf('<', html.IndexOf(DarkSheet, StringComparison.Ordinal))..];
        return tag[..(tag.IndexOf('>') + 1)];
    }

    [Fact]
    public async Task The_dark_stylesheet_follows_the_system_unless_the_reader_chose_and_each_choice_is_cached_apart()
    {
        // In this order, each after the other: a page cached for one choice is never served for another.
        Assert.Contains("media=\"(prefers-color-scheme: dark)\"", await PageWithThemeAsync(null));
        Assert.Contains("media=\"all\"", await PageWithThemeAsync("dark"));
        Assert.Contains("media=\"not all\"", await PageWithThemeAsync("light"));
        Assert.Contains("media=\"(prefers-color-scheme: dark)\"", await PageWithThemeAsync(null));
        Assert.Contains("media=\"(prefers-color-scheme: dark)\"", await PageWithThemeAsync("purple"));
    }

    [Fact]
    public async Task Choosing_a_theme_without_javascript_remembers_it_and_goes_back_to_the_page()
    {
        var dark = await Client().GetAsync("/theme?theme=dark&returnUrl=%2Ffaq%3Fx%3D1");
        var system = await Client().GetAsync("/theme?theme=system&returnUrl=/faq");
        var elsewhere = await Client().GetAsync("/theme?theme=light&returnUrl=https%3A%2F%2Fevil.example%2F");
        var unknown = await Client().GetAsync("/theme?theme=purple&returnUrl=/faq");

        Assert.Equal(HttpStatusCode.Redirect, dark.StatusCode);
        Assert.Equal("/faq?x=1", dark.Headers.Location!.OriginalString);
        var cookie = Assert.Single(dark.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("forum-theme=dark;", cookie);
        Assert.Contains("max-age=31536000", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("forum-theme=;", Assert.Single(system.Headers.GetValues("Set-Cookie")));
        Assert.Equal("/", elsewhere.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType!.MediaType);
    }
}
