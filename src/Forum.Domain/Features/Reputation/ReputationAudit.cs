namespace Forum.Domain.Features.Reputation;

/// <summary>
/// The operator's check that every member's shown reputation is 1 plus their ledger's sum, and the repair that sets it
/// back from the ledger (the ledger is the record; the number on the member is its cache).
/// </summary>
public static class ReputationAudit
{
    public static async Task<AuditResult> CheckAsync(IForumDb db, CancellationToken ct)
    {
        var checkedCount = await db.Members.CountAsync(ct);
        var mismatches = await db.Members.AsNoTracking()
            .Select(m => new
            {
                m.Id, m.DisplayName, m.Reputation,
                FromLedger = Member.StartingReputation + (db.ReputationEvents.Where(e => e.MemberId == m.Id).Sum(e => (int?)e.Amount) ?? 0),
            })
            .Where(m => m.Reputation != m.FromLedger)
            .OrderBy(m => m.Id)
            .Select(m => new ReputationMismatch(m.Id, m.DisplayName, m.Reputation, m.FromLedger))
            .ToListAsync(ct);
        return new AuditResult(checkedCount, mismatches);
    }

    /// <summary>Sets each mismatched member's reputation from the ledger, read again under the member's lock so a vote cast meanwhile is not undone.</summary>
    public static async Task<IReadOnlyList<ReputationMismatch>> RepairAsync(IForumDb db, CancellationToken ct)
    {
        var repaired = new List<ReputationMismatch>();
        foreach (var found in (await CheckAsync(db, ct)).Mismatches)
        {
            await db.LockAsync(Locks.Member(found.MemberId), ct);
            var shown = await db.Members.Where(m => m.Id == found.MemberId).Select(m => m.Reputation).SingleAsync(ct);
            var fromLedger = Member.StartingReputation + (await db.ReputationEvents.Where(e => e.MemberId == found.MemberId).SumAsync(e => (int?)e.Amount, ct) ?? 0);
            if (shown != fromLedger)
            {
                await db.AddReputationAsync(found.MemberId, fromLedger - shown, ct);
                repaired.Add(found with { Shown = shown, FromLedger = fromLedger });
            }
            await db.SaveChangesAsync(ct);
        }
        return repaired;
    }
}

public sealed record AuditResult(int Checked, IReadOnlyList<ReputationMismatch> Mismatches);

/// <param name="Shown">The reputation the member shows (and is given privileges by).</param>
/// <param name="FromLedger">1 plus the sum of the member's ledger.</param>
public sealed record ReputationMismatch(string MemberId, string DisplayName, int Shown, int FromLedger);
