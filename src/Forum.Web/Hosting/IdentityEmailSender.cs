using Forum.Infrastructure.Email;
using Forum.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Forum.Web.Hosting;

/// <summary>
/// Account emails (confirmation, password reset) for the Identity pages and the Identity API, sent through the
/// forum's email sender; in Development the confirmation link is also written to the log.
/// </summary>
public sealed class IdentityEmailSender(SmtpEmailSender sender, IHostEnvironment environment, ILogger<IdentityEmailSender> logger)
    : Microsoft.AspNetCore.Identity.UI.Services.IEmailSender, IEmailSender<ForumUser>
{
    public Task SendEmailAsync(string email, string subject, string htmlMessage)
    {
        if (environment.IsDevelopment())
            logger.LogInformation("Email to {Email}: {Subject}\n{Body}", email, subject, htmlMessage);
        return sender.SendAsync(email, subject, htmlMessage);
    }

    public Task SendConfirmationLinkAsync(ForumUser user, string email, string confirmationLink) =>
        SendEmailAsync(email, "Confirm your email", $"Please confirm your account by <a href='{confirmationLink}'>clicking here</a>.");

    /// <summary>Told to the owner of an address when someone tries to open a second account with it.</summary>
    public Task SendRegistrationAttemptAsync(string email, string loginLink, string resetLink) =>
        SendEmailAsync(email, "Someone tried to sign up with your address",
            "<p>Someone, maybe you, tried to create a new forum account with this email address. It already has an account, so nothing was created.</p>" +
            $"<p>If it was you, <a href='{loginLink}'>log in</a>, or <a href='{resetLink}'>reset your password</a> if you no longer know it.</p>" +
            "<p>If it was not you, you need not do anything.</p>");

    public Task SendPasswordResetLinkAsync(ForumUser user, string email, string resetLink) =>
        SendEmailAsync(email, "Reset your password", $"Reset your password by <a href='{resetLink}'>clicking here</a>.");

    public Task SendPasswordResetCodeAsync(ForumUser user, string email, string resetCode) =>
        SendEmailAsync(email, "Reset your password", $"Your password reset code is: {System.Net.WebUtility.HtmlEncode(resetCode)}");
}
