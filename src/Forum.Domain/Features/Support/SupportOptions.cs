namespace Forum.Domain.Features.Support;

/// <summary>Customer-service targets and timings (DESIGN §4); bound from "Forum:Support".</summary>
public sealed class SupportOptions
{
    public int PriorityTargetMinutes { get; set; } = 10;
    public int StandardTargetMinutes { get; set; } = 30;
    /// <summary>How long a helper holds a question they took ("Bob is answering").</summary>
    public int TakeMinutes { get; set; } = 10;
    /// <summary>How many questions one helper may hold taken at the same time.</summary>
    public int MaxTakenAtOnce { get; set; } = 3;
    public int FollowUpAfterDays { get; set; } = 3;
    /// <summary>How long the "Is this still solved?" links in the email work.</summary>
    public int FollowUpLinkDays { get; set; } = 14;
    /// <summary>The fewest recent first responses that make a median worth quoting to an asker.</summary>
    public int MinimumSamplesForExpectation { get; set; } = 3;
    /// <summary>A sentence about staff hours, e.g. "Staff answer Monday to Friday, 9:00 to 17:00 CET."; none when empty.</summary>
    public string? StaffHours { get; set; }

    /// <summary>How far into its first-response target (percent) a question without a response escalates to the staff on duty.</summary>
    public int PriorityEscalationPercent { get; set; } = 80;
    public int StandardEscalationPercent { get; set; } = 100;
    /// <summary>How long after the staff's notification a question still without a response is emailed to them.</summary>
    public double EscalationEmailAfterMinutes { get; set; } = 5;
    /// <summary>
    /// Questions asked longer ago are no longer escalated (the dashboard's backlog shows them), so that a forum turning
    /// escalation on, or back on after a pause, does not flood its staff with old questions.
    /// </summary>
    public int EscalateWithinHours { get; set; } = 24;

    public TimeSpan Target(SupportTier tier) =>
        TimeSpan.FromMinutes(tier == SupportTier.Priority ? PriorityTargetMinutes : StandardTargetMinutes);

    /// <summary>How long a question of the tier may wait without a response before it escalates.</summary>
    public TimeSpan EscalatesAfter(SupportTier tier) =>
        Target(tier) * ((tier == SupportTier.Priority ? PriorityEscalationPercent : StandardEscalationPercent) / 100.0);

    public TimeSpan EscalationEmailDelay => TimeSpan.FromMinutes(EscalationEmailAfterMinutes);
    public TimeSpan EscalationWindow => TimeSpan.FromHours(EscalateWithinHours);
    public TimeSpan TakeDuration => TimeSpan.FromMinutes(TakeMinutes);
    public TimeSpan FollowUpDelay => TimeSpan.FromDays(FollowUpAfterDays);
    public TimeSpan FollowUpLinkLifetime => TimeSpan.FromDays(FollowUpLinkDays);
}

/// <summary>Durations and statistics in the words the support pages use.</summary>
public static class ResponseTimes
{
    /// <summary>"about 12 minutes", "about 3 hours", "about 2 days", in the reader's language.</summary>
    public static Phrase Describe(TimeSpan duration)
    {
        if (duration < TimeSpan.FromMinutes(1.5))
            return Phrase.Of("Time.About.Minute");
        if (duration < TimeSpan.FromMinutes(90))
            return Phrase.Of("Time.About.Minutes", Math.Round(duration.TotalMinutes));
        if (duration < TimeSpan.FromHours(36))
            return Phrase.Of("Time.About.Hours", Math.Round(duration.TotalHours));
        return Phrase.Of("Time.About.Days", Math.Round(duration.TotalDays));
    }

    /// <summary>"12 min", "3 h 5 min", "2 d 4 h": short, for lists, in the reader's language.</summary>
    public static Phrase Brief(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
            duration = TimeSpan.Zero;
        if (duration < TimeSpan.FromHours(1))
            return Phrase.Of("Time.BriefMinutes", (int)duration.TotalMinutes);
        if (duration < TimeSpan.FromDays(1))
            return duration.Minutes == 0
                ? Phrase.Of("Time.BriefHours", (int)duration.TotalHours)
                : Phrase.Of("Time.BriefHoursMinutes", (int)duration.TotalHours, duration.Minutes);
        return duration.Hours == 0
            ? Phrase.Of("Time.BriefDays", (int)duration.TotalDays)
            : Phrase.Of("Time.BriefDaysHours", (int)duration.TotalDays, duration.Hours);
    }

    public static double? Median(IReadOnlyList<double> values) => Percentile(values, 0.5);

    /// <summary>The linearly interpolated percentile (as spreadsheets' PERCENTILE.INC) of the values; null when there are none.</summary>
    public static double? Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0)
            return null;
        var sorted = values.Order().ToList();
        var rank = p * (sorted.Count - 1);
        var lower = (int)Math.Floor(rank);
        var upper = (int)Math.Ceiling(rank);
        return sorted[lower] + (sorted[upper] - sorted[lower]) * (rank - lower);
    }
}
