using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Forum.Infrastructure;
using Forum.Infrastructure.Email;
using Microsoft.Extensions.Localization;

namespace Forum.Web.Hosting;

/// <summary>
/// Account emails (confirmation, password reset) for the Identity pages and the Identity API, sent through the
/// forum's email sender; in Development the message is also written to the log. Identity makes its links from the
/// request (whose Host anyone can forge), so every link in these emails is put under the forum's public URL: only
/// its path and query are kept.
/// </summary>
public sealed partial class IdentityEmailSender(
    SmtpEmailSender sender, PublicLinks links, IStringLocalizer<SharedResource> texts, IHostEnvironment environment, ILogger<IdentityEmailSender> logger)
    : Microsoft.AspNetCore.Identity.UI.Services.IEmailSender, IEmailSender<ForumUser>
{
    public Task SendEmailAsync(string email, string subject, string htmlMessage)
    {
        var html = Href().Replace(htmlMessage, RebaseLink);
        if (environment.IsDevelopment())
            logger.LogInformation("Email to {Email}: {Subject}\n{Body}", email, subject, html);
        return sender.SendAsync(email, subject, html);
    }

    // Identity hands over the links HTML-encoded. The emails are said in the language of the request that sends
    // them: the person asking for the link is the one reading it.
    public Task SendConfirmationLinkAsync(ForumUser user, string email, string confirmationLink) =>
        SendEmailAsync(email, texts["AccountEmail.Confirm.Subject"],
            Paragraph("AccountEmail.Confirm.Body", Link(confirmationLink, "AccountEmail.Confirm.Link")) + Paragraph("AccountEmail.Confirm.NotYou"));

    /// <summary>Sent to the new address a member wants to use; their address changes only when they follow the link.</summary>
    public Task SendEmailChangeLinkAsync(string newEmail, string confirmationLink) =>
        SendEmailAsync(newEmail, texts["AccountEmail.Change.Subject"],
            Paragraph("AccountEmail.Change.Body", Link(confirmationLink, "AccountEmail.Change.Link")) + Paragraph("AccountEmail.Change.NotYou"));

    /// <summary>Told to the owner of an address when someone tries to open a second account with it.</summary>
    public Task SendRegistrationAttemptAsync(string email, string loginLink, string resetLink) =>
        SendEmailAsync(email, texts["AccountEmail.Attempt.Subject"],
            Paragraph("AccountEmail.Attempt.Body")
            + Paragraph("AccountEmail.Attempt.IfYou", Link(loginLink, "AccountEmail.Attempt.LogIn"), Link(resetLink, "AccountEmail.Attempt.Reset"))
            + Paragraph("AccountEmail.Attempt.NotYou"));

    public Task SendPasswordResetLinkAsync(ForumUser user, string email, string resetLink) =>
        SendEmailAsync(email, texts["AccountEmail.Reset.Subject"],
            Paragraph("AccountEmail.Reset.Body", Link(resetLink, "AccountEmail.Reset.Link")) + Paragraph("AccountEmail.Reset.NotYou"));

    public Task SendPasswordResetCodeAsync(ForumUser user, string email, string resetCode) =>
        SendEmailAsync(email, texts["AccountEmail.Reset.Subject"], Paragraph("AccountEmail.Reset.Code", WebUtility.HtmlEncode(resetCode)));

    /// <summary>A paragraph of the sentence under <paramref name="key"/>, encoded, with the given HTML in its placeholders.</summary>
    private string Paragraph(string key, params string[] html) =>
        $"<p>{string.Format(CultureInfo.CurrentCulture, WebUtility.HtmlEncode(texts[key].Value), html)}</p>";

    private string Link(string href, string labelKey) => $"<a href=\"{href}\">{WebUtility.HtmlEncode(texts[labelKey])}</a>";

    private string RebaseLink(Match href) =>
        $"href=\"{WebUtility.HtmlEncode(links.Rebase(WebUtility.HtmlDecode(href.Groups["link"].Value)))}\"";

    [GeneratedRegex("""href\s*=\s*(?<quote>["'])(?<link>.*?)\k<quote>""", RegexOptions.IgnoreCase)]
    private static partial Regex Href();
}
