namespace Forum.Domain.Features.Recognition;

/// <summary>Helper recognition settings; bound from "Forum:Recognition".</summary>
public sealed class RecognitionOptions
{
    /// <summary>The weekly goal on each member's page: this many answers to other people's questions a week.</summary>
    public int WeeklyAnswerGoal { get; set; } = 5;
    /// <summary>How often the background job looks for newly earned badges.</summary>
    public double AwardEveryMinutes { get; set; } = 1;
    /// <summary>How many members the leaderboards show.</summary>
    public int LeaderboardSize { get; set; } = 20;
}

/// <summary>The forum's week: Monday 00:00 UTC up to (not including) the next Monday.</summary>
public static class ForumWeek
{
    public static DateTimeOffset StartOf(DateTimeOffset instant)
    {
        var day = instant.UtcDateTime.Date;
        var sinceMonday = ((int)day.DayOfWeek + 6) % 7;
        return new DateTimeOffset(day.AddDays(-sinceMonday), TimeSpan.Zero);
    }
}
