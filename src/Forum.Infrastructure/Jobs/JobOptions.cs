namespace Forum.Infrastructure.Jobs;

/// <summary>Timings of the background jobs; bound from "Forum:Jobs".</summary>
public sealed class JobOptions
{
    public bool Enabled { get; set; } = true;
    public int OutboxPollSeconds { get; set; } = 5;
    public int OutboxBatchSize { get; set; } = 20;
    public int OutboxMaxAttempts { get; set; } = 10;
    /// <summary>The wait before the first retry; it doubles after each failure (30 s, 1 min, 2 min, …).</summary>
    public int OutboxFirstRetrySeconds { get; set; } = 30;
    public double FollowUpScanMinutes { get; set; } = 10;
    /// <summary>How often a node looks for follow-up work (announcements, search refreshes) that no commit of its own woke it for.</summary>
    public int FollowUpPollSeconds { get; set; } = 5;
    /// <summary>How often waiting questions are checked for escalation: a Priority question escalates at most this late.</summary>
    public int EscalationScanSeconds { get; set; } = 30;
    /// <summary>
    /// How often the similar questions of questions asked or edited since, and the related questions of FAQ articles
    /// promoted since, are ranked: a new list shows at most this late.
    /// </summary>
    public int SimilarQuestionsSeconds { get; set; } = 5;
}
