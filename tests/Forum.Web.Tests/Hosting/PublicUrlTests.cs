using System.Net;
using System.Net.Http.Json;
using Forum.Web.Tests.Harness;
using Microsoft.AspNetCore.Hosting;

namespace Forum.Web.Tests.Hosting;

/// <summary>
/// A forum whose host check is off (AllowedHosts "*"), so that the links themselves are tested: even a request that
/// reaches the forum naming another host (or forwarding one) gets email links under the configured public URL.
/// </summary>
public sealed class AnyHostForum : ForumWebFactory
{
    public const string PublicUrl = "https://support.example.com";

    protected override void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Forum:PublicUrl", PublicUrl);
        builder.UseSetting("AllowedHosts", "*");
        ClientAddress.AddTo(builder);
    }
}

public sealed class PublicUrlTests(AnyHostForum forum) : IClassFixture<AnyHostForum>
{
    private const string Forged = "evil.example";

    [Fact]
    public async Task The_password_reset_email_links_to_the_public_url_whatever_host_the_request_named()
    {
        var browser = forum.CreateClient();
        var form = await browser.GetStringAsync("/Identity/Account/ForgotPassword");

        var request = Forge(new HttpRequestMessage(HttpMethod.Post, "/Identity/Account/ForgotPassword")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Email"] = "alice@forum.local",
                ["__RequestVerificationToken"] = FormTokens.Of(form),
            }),
        });
        var response = await browser.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}");

        var link = Assert.Single(LinksTo("alice@forum.local", "Reset your password"));
        Assert.StartsWith($"{AnyHostForum.PublicUrl}/Identity/Account/ResetPassword?code=", link);
        Assert.Equal(HttpStatusCode.OK, (await forum.CreateClient().GetAsync(new Uri(link).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task The_confirmation_email_of_an_api_registration_links_to_the_public_url()
    {
        var email = $"forged-register-{Guid.NewGuid():N}@forum.test";

        var response = await forum.CreateClient().SendAsync(Forge(new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/register")
        {
            Content = JsonContent.Create(new { email, password = "Passw0rd!" }),
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var link = Assert.Single(LinksTo(email, "Confirm your email"));
        Assert.StartsWith($"{AnyHostForum.PublicUrl}/Identity/Account/ConfirmEmail?userId=", link);
        // Only the host changed: the path and query still confirm the address.
        Assert.Equal(HttpStatusCode.OK, (await forum.CreateClient().GetAsync(new Uri(link).PathAndQuery)).StatusCode);
    }

    [Fact]
    public async Task A_resent_confirmation_email_links_to_the_public_url()
    {
        var email = $"forged-resend-{Guid.NewGuid():N}@forum.test";
        await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email, password = "Passw0rd!" });

        var response = await forum.CreateClient().SendAsync(Forge(new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/resendConfirmationEmail")
        {
            Content = JsonContent.Create(new { email }),
        }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var links = LinksTo(email, "Confirm your email");
        Assert.Equal(2, links.Count);
        // The sign-up's link opens the confirmation page; Identity's resend endpoint links to its own API address.
        Assert.Contains(links, link => link.StartsWith($"{AnyHostForum.PublicUrl}/Identity/Account/ConfirmEmail?userId=", StringComparison.Ordinal));
        Assert.Contains(links, link => link.StartsWith($"{AnyHostForum.PublicUrl}/api/v1/auth/confirmEmail?userId=", StringComparison.Ordinal));
    }

    /// <summary>Every way a request can name a host or an origin, forged, from an address that is no known proxy.</summary>
    private static HttpRequestMessage Forge(HttpRequestMessage request)
    {
        request.Headers.Host = Forged;
        request.Headers.Add("X-Forwarded-Host", "forwarded." + Forged);
        request.Headers.Add("X-Forwarded-For", "198.51.100.66");
        request.Headers.Add("X-Forwarded-Proto", "http");
        request.Headers.Add(ClientAddress.Header, "203.0.113.9");
        return request;
    }

    private IReadOnlyList<string> LinksTo(string email, string subject)
    {
        var messages = Mailbox.MessagesTo(forum.MailFolder, email).Where(m => m.Contains("Subject: " + subject)).ToList();
        Assert.All(messages, m => Assert.DoesNotContain(Forged, m, StringComparison.OrdinalIgnoreCase));
        return Mailbox.LinksIn(messages);
    }
}
