using System.Net;
using System.Text.RegularExpressions;
using Forum.Infrastructure.Email;

namespace Forum.Web.Hosting;

/// <summary>
/// Account emails (confirmation, password reset) for the Identity pages and the Identity API, sent through the
/// forum's email sender; in Development the message is also written to the log. Identity makes its links from the
/// request (whose Host anyone can forge), so every link in these emails is put under the forum's public URL: only
/// its path and query are kept.
/// </summary>
public sealed partial class IdentityEmailSender(SmtpEmailSender sender, PublicLinks links, IHostEnvironment environment, ILogger<IdentityEmailSender> logger)
    : Microsoft.AspNetCore.Identity.UI.Services.IEmailSender, IEmailSender<ForumUser>
{
    public Task SendEmailAsync(string email, string subject, string htmlMessage)
    {
        var html = Href().Replace(htmlMessage, RebaseLink);
        if (environment.IsDevelopment())
            logger.LogInformation("Email to {Email}: {Subject}\n{Body}", email, subject, html);
        return sender.SendAsync(email, subject, html);
    }

    /// <remarks>Identity hands over the links HTML-encoded.</remarks>
    public Task SendConfirmationLinkAsync(ForumUser user, string email, string confirmationLink) =>
        SendEmailAsync(email, "Confirm your email",
            $"<p>Welcome to the forum! <a href='{confirmationLink}'>Confirm your email address</a> to finish creating your account.</p>" +
            "<p>If you did not sign up, you need not do anything: without the confirmation, the account cannot be used.</p>");

    /// <summary>Sent to the new address a member wants to use; their address changes only when they follow the link.</summary>
    public Task SendEmailChangeLinkAsync(string newEmail, string confirmationLink) =>
        SendEmailAsync(newEmail, "Confirm your new email address",
            $"<p>A forum member asked to use this address for their account. <a href='{confirmationLink}'>Confirm the new address</a> to make the change.</p>" +
            "<p>If it was not you, you need not do anything: nothing changes without the confirmation.</p>");

    /// <summary>Told to the owner of an address when someone tries to open a second account with it.</summary>
    public Task SendRegistrationAttemptAsync(string email, string loginLink, string resetLink) =>
        SendEmailAsync(email, "Someone tried to sign up with your address",
            "<p>Someone, maybe you, tried to create a new forum account with this email address. It already has an account, so nothing was created.</p>" +
            $"<p>If it was you, <a href='{loginLink}'>log in</a>, or <a href='{resetLink}'>reset your password</a> if you no longer know it.</p>" +
            "<p>If it was not you, you need not do anything.</p>");

    public Task SendPasswordResetLinkAsync(ForumUser user, string email, string resetLink) =>
        SendEmailAsync(email, "Reset your password",
            $"<p>Someone, probably you, asked to reset the password of your forum account. <a href='{resetLink}'>Choose a new password</a>; " +
            "the link works once, for a day.</p><p>If it was not you, you need not do anything: your password stays as it is.</p>");

    public Task SendPasswordResetCodeAsync(ForumUser user, string email, string resetCode) =>
        SendEmailAsync(email, "Reset your password", $"Your password reset code is: {WebUtility.HtmlEncode(resetCode)}");

    private string RebaseLink(Match href) =>
        $"href=\"{WebUtility.HtmlEncode(links.Rebase(WebUtility.HtmlDecode(href.Groups["link"].Value)))}\"";

    [GeneratedRegex("""href\s*=\s*(?<quote>["'])(?<link>.*?)\k<quote>""", RegexOptions.IgnoreCase)]
    private static partial Regex Href();
}
