namespace Forum.Infrastructure.Email;

/// <summary>Where outbox emails go: the SMTP sender in the app, a fake in tests.</summary>
public interface IEmailDelivery
{
    Task SendAsync(string to, string subject, string htmlBody, CancellationToken ct = default);
}
