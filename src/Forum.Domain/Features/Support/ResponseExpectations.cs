namespace Forum.Domain.Features.Support;

/// <summary>
/// What to tell an asker right after asking: the median time to a first response over the last 7 days for their tier
/// and category, or a plain sentence when there are too few recent responses to quote; and the staff hours if set.
/// </summary>
public sealed class ResponseExpectations(IForumDb db, TimeProvider clock, SupportOptions options)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    public async Task<Phrase> DescribeAsync(SupportTier tier, int categoryId, string categoryName, CancellationToken ct)
    {
        var since = clock.GetUtcNow() - Window;
        var responses = await db.Questions.AsNoTracking().Where(ContentVisibility.IsLiveQuestion)
            .Where(q => q.AskerTier == tier && q.CategoryId == categoryId && q.CreatedAt >= since && q.FirstResponseAt != null)
            .Select(q => new { q.CreatedAt, FirstResponseAt = q.FirstResponseAt!.Value })
            .ToListAsync(ct);
        var minutes = responses.Select(r => (r.FirstResponseAt - r.CreatedAt).TotalMinutes).ToList();
        var tierName = Phrase.Of(tier == SupportTier.Priority ? "Support.Ack.Priority" : "Support.Ack.Standard");
        var text = minutes.Count >= options.MinimumSamplesForExpectation && ResponseTimes.Median(minutes) is { } median
            ? Phrase.Of("Support.Ack.Median", tierName, categoryName, ResponseTimes.Describe(TimeSpan.FromMinutes(median)), minutes.Count)
            : Phrase.Of("Support.Ack.Target", tierName, (int)options.Target(tier).TotalMinutes);
        // The staff hours are the forum's configured sentence, said as configured.
        return string.IsNullOrWhiteSpace(options.StaffHours) ? text : Phrase.Of("Support.Ack.WithStaffHours", text, options.StaffHours.Trim());
    }
}
