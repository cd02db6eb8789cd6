namespace Forum.Domain.Features.Support;

/// <summary>
/// What to tell an asker right after asking: the median time to a first response over the last 7 days for their tier
/// and category, or a plain sentence when there are too few recent responses to quote; and the staff hours if set.
/// </summary>
public sealed class ResponseExpectations(IForumDb db, TimeProvider clock, SupportOptions options)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(7);

    public async Task<string> DescribeAsync(SupportTier tier, int categoryId, string categoryName, CancellationToken ct)
    {
        var since = clock.GetUtcNow() - Window;
        var responses = await db.Questions.AsNoTracking().Where(ContentVisibility.IsLiveQuestion)
            .Where(q => q.AskerTier == tier && q.CategoryId == categoryId && q.CreatedAt >= since && q.FirstResponseAt != null)
            .Select(q => new { q.CreatedAt, FirstResponseAt = q.FirstResponseAt!.Value })
            .ToListAsync(ct);
        var minutes = responses.Select(r => (r.FirstResponseAt - r.CreatedAt).TotalMinutes).ToList();
        var tierName = tier == SupportTier.Priority ? "Priority" : "Standard";
        var text = "Your question was received and helpers can see it now. ";
        text += minutes.Count >= options.MinimumSamplesForExpectation && ResponseTimes.Median(minutes) is { } median
            ? $"Over the last 7 days, {tierName.ToLowerInvariant()} questions in {categoryName} got a first response in {ResponseTimes.Describe(TimeSpan.FromMinutes(median))} (the median of {minutes.Count})."
            : $"We aim to respond to {tierName.ToLowerInvariant()} questions within {(int)options.Target(tier).TotalMinutes} minutes.";
        if (!string.IsNullOrWhiteSpace(options.StaffHours))
            text += " " + options.StaffHours.Trim();
        return text;
    }
}
