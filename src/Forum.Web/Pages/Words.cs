using System.Globalization;

namespace Forum.Web.Pages;

/// <summary>How the pages say things: numbers, relative times and the names of statuses and reasons.</summary>
public static class Words
{
    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string WithSign(int value) => value > 0 ? "+" + Number(value) : value < 0 ? "\u2212" + Number(-value) : "0";

    public static string Plural(int count, string one, string many) => $"{Number(count)} {(count == 1 ? one : many)}";

    public static string ExactUtc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    /// <summary>The moment as a <c>&lt;time datetime&gt;</c> value, in UTC.</summary>
    public static string MachineUtc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Relative(DateTimeOffset time, DateTimeOffset now)
    {
        var elapsed = now - time;
        if (elapsed < TimeSpan.FromMinutes(1))
            return "just now";
        if (elapsed < TimeSpan.FromHours(1))
            return Plural((int)elapsed.TotalMinutes, "minute", "minutes") + " ago";
        if (elapsed < TimeSpan.FromDays(1))
            return Plural((int)elapsed.TotalHours, "hour", "hours") + " ago";
        if (elapsed < TimeSpan.FromDays(2))
            return "yesterday";
        if (elapsed < TimeSpan.FromDays(30))
            return Plural((int)elapsed.TotalDays, "day", "days") + " ago";
        if (elapsed < TimeSpan.FromDays(365))
            return Plural((int)(elapsed.TotalDays / 30), "month", "months") + " ago";
        return Plural((int)(elapsed.TotalDays / 365), "year", "years") + " ago";
    }

    public static string Reason(ReputationReason reason) => reason switch
    {
        ReputationReason.QuestionUpvoted => "Question voted up",
        ReputationReason.QuestionDownvoted => "Question voted down",
        ReputationReason.AnswerUpvoted => "Answer voted up",
        ReputationReason.AnswerDownvoted => "Answer voted down",
        ReputationReason.DownvoteCast => "Voted an answer down",
        ReputationReason.AnswerAccepted => "Answer accepted",
        ReputationReason.AcceptedAnAnswer => "Accepted an answer",
        ReputationReason.Reversal => "Reversed (a vote or acceptance was taken back)",
        ReputationReason.Adjustment => "Adjusted by an administrator",
        ReputationReason.AnswerVerified => "Answer staff-verified",
        ReputationReason.AnswerPromotedToFaq => "Answer promoted into the FAQ",
        ReputationReason.PostRemovedAsSpamOrAbuse => "Post removed as spam or abusive",
        _ => reason.ToString(),
    };

    /// <summary>Why an FAQ article was not helpful, as the reader says it.</summary>
    public static string Feedback(FeedbackReason reason) => reason switch
    {
        FeedbackReason.Outdated => "It’s outdated",
        FeedbackReason.Inaccurate => "It’s inaccurate",
        FeedbackReason.Confusing => "It’s confusing",
        _ => "It doesn’t apply to me",
    };

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string Sort(string sort) => sort switch
    {
        "active" => "Active",
        "unanswered" => "Unanswered",
        "solved" => "Solved",
        "top" => "Top",
        _ => "Newest",
    };
}
