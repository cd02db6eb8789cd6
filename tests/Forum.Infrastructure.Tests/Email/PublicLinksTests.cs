using Forum.Domain.Common;
using Microsoft.Extensions.Configuration;

namespace Forum.Infrastructure.Tests.Email;

public sealed class PublicLinksTests
{
    private readonly PublicLinks _links = new("https://support.example.com/");

    [Fact]
    public void A_path_becomes_an_absolute_link_under_the_public_url() =>
        Assert.Equal("https://support.example.com/questions/12/blank-window?tab=answers", _links.Absolute("/questions/12/blank-window?tab=answers"));

    [Theory]
    [InlineData("http://evil.example:8080/Identity/Account/ResetPassword?code=abc%2Bd&x=1#top")]
    [InlineData("//evil.example/Identity/Account/ResetPassword?code=abc%2Bd&x=1#top")]
    [InlineData("/Identity/Account/ResetPassword?code=abc%2Bd&x=1#top")]
    public void A_link_made_from_a_request_keeps_only_its_path_query_and_fragment(string link) =>
        Assert.Equal("https://support.example.com/Identity/Account/ResetPassword?code=abc%2Bd&x=1#top", _links.Rebase(link));

    [Fact]
    public void A_forum_served_under_a_path_keeps_it_in_every_link()
    {
        var links = new PublicLinks("https://example.com/support");

        Assert.Equal("https://example.com/support/faq", links.Absolute("/faq"));
        Assert.Equal("https://example.com/support/faq", links.Rebase("http://localhost/faq"));
        Assert.Equal("example.com", links.Host);
    }

    [Fact]
    public void Mail_links_are_left_as_they_are() => Assert.Equal("mailto:help@example.com", _links.Rebase("mailto:help@example.com"));

    [Theory]
    [InlineData("support.example.com")]
    [InlineData("ftp://support.example.com")]
    [InlineData("https://support.example.com/?x=1")]
    [InlineData("https://user:secret@support.example.com")]
    public void Anything_but_a_plain_web_address_is_refused_at_start(string url) =>
        Assert.Contains("Forum:PublicUrl", Assert.Throws<ArgumentException>(() => new PublicLinks(url)).Message);

    [Theory]
    [InlineData(null, null, PublicLinks.DefaultUrl)]
    [InlineData("https://new.example.com", "https://old.example.com", "https://new.example.com")]
    [InlineData(null, "https://old.example.com", "https://old.example.com")]
    public void The_public_url_is_configured_once_and_the_former_key_still_works(string? publicUrl, string? siteUrl, string expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Forum:PublicUrl"] = publicUrl,
            ["Forum:Support:SiteUrl"] = siteUrl,
        }).Build();

        Assert.Equal(expected, DependencyInjection.PublicUrl(configuration));
    }
}
