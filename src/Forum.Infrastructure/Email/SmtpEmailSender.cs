using System.Net.Mail;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Forum.Infrastructure.Email;

/// <summary>Sends email with the framework's SMTP client, or drops it into a pickup folder.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, ILogger<SmtpEmailSender> logger) : IEmailDelivery
{
    public async Task SendAsync(string to, string subject, string htmlBody, CancellationToken ct = default)
    {
        var settings = options.Value;
        using var message = new MailMessage(settings.From, to, subject, htmlBody) { IsBodyHtml = true };
        using var client = new SmtpClient();
        if (!string.IsNullOrEmpty(settings.PickupDirectory))
        {
            Directory.CreateDirectory(settings.PickupDirectory);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = Path.GetFullPath(settings.PickupDirectory);
        }
        else if (!string.IsNullOrEmpty(settings.SmtpHost))
        {
            client.Host = settings.SmtpHost;
            client.Port = settings.SmtpPort;
            client.EnableSsl = settings.EnableSsl;
            if (settings.UserName is not null)
                client.Credentials = new System.Net.NetworkCredential(settings.UserName, settings.Password);
        }
        else
        {
            logger.LogWarning("No SMTP host or pickup directory is configured; the email '{Subject}' to {To} was not sent.", subject, to);
            return;
        }
        await client.SendMailAsync(message, ct);
        logger.LogInformation("Email '{Subject}' to {To} handed to {Channel}.", subject, to, settings.PickupDirectory ?? settings.SmtpHost);
    }
}
