using Forum.Infrastructure.Email;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Forum.Infrastructure.Tests.Email;

/// <summary>
/// The forum's mail goes through a real SMTP server on this machine (aiosmtpd, started by scripts/test.sh, which names
/// it in FORUM_TEST_SMTP=host:port and the Maildir it delivers to in FORUM_TEST_SMTP_MAILDIR), and is read back from there.
/// </summary>
public sealed class SmtpEmailSenderTests
{
    private const string Body = "<p>Your question <a href=\"https://forum.example/questions/7/printing\">Printing</a> has an answer. Grüße, André — 10 € 🙂</p>";

    [Fact]
    public async Task A_message_sent_through_the_smtp_server_arrives_with_its_subject_addresses_and_html_body()
    {
        var (host, port, maildir) = SmtpServer();
        var subject = $"New answer to “Printing” {Guid.NewGuid():N}";

        await Sender(new EmailOptions { SmtpHost = host, SmtpPort = port, From = "forum@forum.test" })
            .SendAsync("asker@forum.test", subject, Body);

        var received = Directory.GetFiles(Path.Combine(maildir, "new")).Select(file => MimeMessage.Load(file)).Where(m => m.Subject == subject).ToList();
        var message = Assert.Single(received);
        Assert.Equal("forum@forum.test", message.From.Mailboxes.Single().Address);
        Assert.Equal("asker@forum.test", message.To.Mailboxes.Single().Address);
        Assert.Equal(Body, message.HtmlBody?.TrimEnd());
    }

    [Fact]
    public async Task Without_a_server_the_message_is_written_to_the_pickup_folder_as_an_eml_file()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"forum-pickup-{Guid.NewGuid():N}");
        try
        {
            await Sender(new EmailOptions { PickupDirectory = folder, From = "forum@forum.test" }).SendAsync("asker@forum.test", "Still solved?", Body);

            var file = Assert.Single(Directory.GetFiles(folder));
            Assert.EndsWith(".eml", file);
            Assert.Contains("\r\n\r\n", await File.ReadAllTextAsync(file));
            using var message = await MimeMessage.LoadAsync(file);
            Assert.Equal(("Still solved?", "asker@forum.test"), (message.Subject, message.To.Mailboxes.Single().Address));
            Assert.Equal(Body, message.HtmlBody?.TrimEnd());
        }
        finally
        {
            if (Directory.Exists(folder))
                Directory.Delete(folder, recursive: true);
        }
    }

    private static SmtpEmailSender Sender(EmailOptions options) => new(Options.Create(options), NullLogger<SmtpEmailSender>.Instance);

    private static (string Host, int Port, string Maildir) SmtpServer()
    {
        var address = Environment.GetEnvironmentVariable("FORUM_TEST_SMTP");
        var maildir = Environment.GetEnvironmentVariable("FORUM_TEST_SMTP_MAILDIR");
        if (string.IsNullOrEmpty(address) || string.IsNullOrEmpty(maildir))
            Assert.Fail("This test needs a real SMTP server: run scripts/test.sh, which starts one, or start it yourself: "
                + "`apt-get install python3-aiosmtpd`, `aiosmtpd -n -l 127.0.0.1:2525 -c aiosmtpd.handlers.Mailbox DIR` (DIR a new folder), "
                + "then set FORUM_TEST_SMTP=127.0.0.1:2525 and FORUM_TEST_SMTP_MAILDIR=DIR.");
        var colon = address.LastIndexOf(':');
        return (address[..colon], int.Parse(address[(colon + 1)..]), maildir);
    }
}
