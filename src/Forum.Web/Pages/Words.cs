using System.Globalization;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Localization;

namespace Forum.Web.Pages;

/// <summary>
/// How the pages say things, in the reader's language and culture: numbers, counts, relative and exact times and the
/// names of statuses and reasons, through the forum's resources.
/// </summary>
public static class Words
{
    public static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string WithSign(int value) => value > 0 ? "+" + Number(value) : value < 0 ? "\u2212" + Number(-value) : "0";

    /// <summary>
    /// "1 answer", "3 answers": the resource <paramref name="key"/>.One or .Other, with the number in its {0} and
    /// <paramref name="more"/> in the placeholders after it.
    /// </summary>
    public static LocalizedString Count(this IStringLocalizer texts, int count, string key, params object[] more) =>
        texts[$"{key}.{(count == 1 ? "One" : "Other")}", [Number(count), .. more]];

    /// <summary>The exact time in UTC, said so ("4 Dec 2026 14:05 UTC").</summary>
    public static LocalizedString ExactUtc(this IStringLocalizer texts, DateTimeOffset time) => texts["Time.ExactUtc", time.UtcDateTime];

    /// <summary>The moment as a <c>&lt;time datetime&gt;</c> value, in UTC.</summary>
    public static string MachineUtc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static LocalizedString Relative(this IStringLocalizer texts, DateTimeOffset time, DateTimeOffset now)
    {
        var elapsed = now - time;
        if (elapsed < TimeSpan.FromMinutes(1))
            return texts["Time.JustNow"];
        if (elapsed < TimeSpan.FromHours(1))
            return texts.Count((int)elapsed.TotalMinutes, "Time.MinutesAgo");
        if (elapsed < TimeSpan.FromDays(1))
            return texts.Count((int)elapsed.TotalHours, "Time.HoursAgo");
        if (elapsed < TimeSpan.FromDays(2))
            return texts["Time.Yesterday"];
        if (elapsed < TimeSpan.FromDays(30))
            return texts.Count((int)elapsed.TotalDays, "Time.DaysAgo");
        if (elapsed < TimeSpan.FromDays(365))
            return texts.Count((int)(elapsed.TotalDays / 30), "Time.MonthsAgo");
        return texts.Count((int)(elapsed.TotalDays / 365), "Time.YearsAgo");
    }

    /// <summary>What the domain decided to say (<see cref="Phrase"/>), in the reader's language.</summary>
    public static string Say(this IStringLocalizer texts, Phrase phrase) =>
        phrase.Say((key, arguments) => texts[key, [.. arguments.Select(a => a ?? "")]]);

    /// <summary>"12 min", "3 h 5 min", "2 d 4 h": a waiting time, short, for lists.</summary>
    public static string Brief(this IStringLocalizer texts, TimeSpan duration) => texts.Say(ResponseTimes.Brief(duration));

    /// <summary>"just now", "3 min ago", "2 d 4 h ago".</summary>
    public static string BriefAgo(this IStringLocalizer texts, TimeSpan duration) =>
        duration < TimeSpan.FromMinutes(1) ? texts["Time.JustNow"] : texts["Time.Ago", texts.Brief(duration)];

    public static LocalizedString Reason(this IStringLocalizer texts, ReputationReason reason) => texts[$"Reputation.Reason.{reason}"];

    /// <summary>Why an FAQ article was not helpful, as the reader says it.</summary>
    public static LocalizedString Feedback(this IStringLocalizer texts, FeedbackReason reason) => texts[$"Faq.Feedback.Reason.{reason}"];

    /// <summary>
    /// What the author of a post that only they and moderators see is told: "Awaiting review", "Hidden: spam". The
    /// reason is the moderator's own words, said as they were written, or the forum's own, in the reader's language.
    /// </summary>
    public static LocalizedString ModerationLabel(this IStringLocalizer texts, PostModeration moderation) => moderation.State switch
    {
        PostModeration.Held => texts["Moderation.State.Held"],
        _ when string.IsNullOrEmpty(moderation.Reason) => texts[$"Moderation.State.{Capitalize(moderation.State)}"],
        _ => texts[$"Moderation.State.{Capitalize(moderation.State)}.Because", texts.Say(ModerationReasons.Said(moderation.Reason))],
    };

    /// <summary>
    /// A sentence with markup of its own (a link inside it): the resource is HTML, its arguments (an address, a name)
    /// are encoded, as the framework's <see cref="LocalizedHtmlString"/> does.
    /// </summary>
    public static LocalizedHtmlString Html(this IStringLocalizer texts, string key, params object[] arguments)
    {
        var text = texts[key];
        return new LocalizedHtmlString(key, text.Value, text.ResourceNotFound, arguments);
    }

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static LocalizedString Sort(this IStringLocalizer texts, string sort) => texts[sort switch
    {
        "active" => "Questions.Tab.Active",
        "unanswered" => "Questions.Tab.Unanswered",
        "solved" => "Questions.Tab.Solved",
        "top" => "Questions.Tab.Top",
        _ => "Questions.Tab.Newest",
    }];
}
