using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Forum.Infrastructure.Persistence;

/// <summary>
/// Nodes starting together on an empty key ring would each make a key of their own at once, and then reject one
/// another's cookies and tokens: the first key is made at start-up, by one node at a time under a database lock. (Later
/// keys are made days before they are used, so every node has read them by then.)
/// </summary>
public sealed class FirstDataProtectionKey(
    ForumDbContext db, IKeyManager keys, IOptions<KeyManagementOptions> options, TimeProvider clock, ILogger<FirstDataProtectionKey> logger)
{
    private const string Lock = "forum:data-protection-key";

    public async Task EnsureAsync(CancellationToken ct = default)
    {
        // SQLite serves one process, and its lock is the whole database's write lock, which would shut out the key
        // manager's own connection: only servers that several nodes share take turns.
        var takeTurns = !db.WritesOneAtATime;
        if (takeTurns)
            await db.LockAsync(Lock, ct);
        var now = clock.GetUtcNow();
        if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now))
        {
            keys.CreateNewKey(now, now + options.Value.NewKeyLifetime);
            logger.LogInformation("Made the first key of the forum's data protection key ring.");
        }
        if (takeTurns)
            await db.SaveChangesAsync(ct); // commits the lock's transaction
    }
}
