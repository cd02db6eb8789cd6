namespace Forum.Domain.Common;

/// <summary>Per-member allowances for writes (DESIGN §4); bound from "Forum:RateLimits".</summary>
public sealed class RateLimitRules
{
    public int QuestionsPerDay { get; set; } = 5;
    public int AnswersPerMinute { get; set; } = 4;
    public int AnswersPerDay { get; set; } = 100;
    public int VotesPerMinute { get; set; } = 5;
    public int VotesPerDay { get; set; } = 50;
    public int FlagsPerDay { get; set; } = 20;
    /// <summary>How long a member waits between two changes of their display name (the first change is free).</summary>
    public TimeSpan TimeBetweenNameChanges { get; set; } = TimeSpan.FromDays(1);
}
