using Forum.Infrastructure.Jobs;

namespace Forum.Infrastructure.Email;

/// <summary>
/// Sends the due emails of the outbox, one at a time, and records each outcome right after it: a message is marked sent
/// only after the mail server took it, so a crash in between means it is sent again (at least once, never lost); a
/// failure schedules a retry with exponential backoff and never touches the request that wrote the message.
/// </summary>
public sealed class OutboxProcessor(ForumDbContext db, IEmailDelivery delivery, TimeProvider clock, IOptions<JobOptions> options, ILogger<OutboxProcessor> logger)
{
    public async Task<int> ProcessDueAsync(CancellationToken ct = default)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var due = await db.OutboxMessages
            .Where(m => m.SentAt == null && m.NextAttemptAt != null && m.NextAttemptAt <= now)
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id).Take(settings.OutboxBatchSize)
            .ToListAsync(ct);
        if (due.Count == 0)
            return 0;
        var memberIds = due.Select(m => m.MemberId).Distinct().ToList();
        var addresses = await db.Users.AsNoTracking().Where(u => memberIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Email }).ToDictionaryAsync(u => u.Id, u => u.Email, ct);
        var sent = 0;
        foreach (var message in due)
        {
            if (addresses.GetValueOrDefault(message.MemberId) is not { Length: > 0 } address)
            {
                message.Failed("The member has no email address.", clock.GetUtcNow(), TimeSpan.Zero, maxAttempts: 1);
            }
            else
            {
                try
                {
                    await delivery.SendAsync(address, message.Subject, message.HtmlBody, ct);
                    message.Sent(clock.GetUtcNow());
                    sent++;
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    message.Failed(ex.Message, clock.GetUtcNow(), TimeSpan.FromSeconds(settings.OutboxFirstRetrySeconds), settings.OutboxMaxAttempts);
                    logger.LogWarning(ex, "Email {Id} failed (attempt {Attempts}); next try at {Next}.", message.Id, message.Attempts, message.NextAttemptAt);
                }
            }
            await db.SaveChangesAsync(CancellationToken.None);
        }
        return sent;
    }
}
