using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using MimeKit.Text;

namespace Forum.Infrastructure.Email;

/// <summary>Sends email through an SMTP server with MailKit, or drops it into a pickup folder as an .eml file.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, ILogger<SmtpEmailSender> logger) : IEmailDelivery
{
    /// <summary>.eml files use the line endings of the mail protocol, as any mail reader expects.</summary>
    private static readonly FormatOptions FileFormat = new() { NewLineFormat = NewLineFormat.Dos };

    public async Task SendAsync(string to, string subject, string htmlBody, CancellationToken ct = default)
    {
        var settings = options.Value;
        using var message = new MimeMessage(
            [MailboxAddress.Parse(settings.From)], [MailboxAddress.Parse(to)], subject, new TextPart(TextFormat.Html) { Text = htmlBody });
        if (!string.IsNullOrEmpty(settings.PickupDirectory))
            await WriteToPickupAsync(message, Path.GetFullPath(settings.PickupDirectory), ct);
        else if (settings.SmtpHost is { Length: > 0 } host)
            await SendThroughServerAsync(message, host, settings, ct);
        else
        {
            logger.LogWarning("No SMTP host or pickup directory is configured; the email '{Subject}' to {To} was not sent.", subject, to);
            return;
        }
        logger.LogInformation("Email '{Subject}' to {To} handed to {Channel}.", subject, to, settings.PickupDirectory ?? settings.SmtpHost);
    }

    private static async Task WriteToPickupAsync(MimeMessage message, string folder, CancellationToken ct)
    {
        Directory.CreateDirectory(folder);
        // Written aside and then renamed, so whoever reads the folder never sees half a message.
        var name = Path.Combine(folder, $"{Guid.NewGuid():N}");
        await message.WriteToAsync(FileFormat, name + ".tmp", ct);
        File.Move(name + ".tmp", name + ".eml");
    }

    private static async Task SendThroughServerAsync(MimeMessage message, string host, EmailOptions settings, CancellationToken ct)
    {
        using var client = new SmtpClient();
        // EnableSsl: TLS from the first byte on port 465, STARTTLS (required) on any other; otherwise plain SMTP.
        var security = !settings.EnableSsl ? SecureSocketOptions.None
            : settings.SmtpPort == 465 ? SecureSocketOptions.SslOnConnect
            : SecureSocketOptions.StartTls;
        await client.ConnectAsync(host, settings.SmtpPort, security, ct);
        if (!string.IsNullOrEmpty(settings.UserName))
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", ct);
        await client.SendAsync(message, ct);
        await client.DisconnectAsync(quit: true, ct);
    }
}
