using System.Globalization;

namespace Forum.Domain.Features.Support;

/// <summary>
/// The note a question carries for helpers when it comes back to the queue. It is stored as this fixed English
/// sentence, as every row ever written has it, and helpers are told it in their language through the resources.
/// </summary>
public static class SupportNotes
{
    private const string NoLongerSolvedStart = "The asker said on ";
    private const string NoLongerSolvedEnd = " that the accepted answer no longer solves this.";
    private const string DayFormat = "yyyy-MM-dd";

    /// <summary>The asker answered the follow-up on <paramref name="day"/>: the accepted answer no longer solves it.</summary>
    public static string NoLongerSolved(DateTimeOffset day) =>
        NoLongerSolvedStart + day.ToString(DayFormat, CultureInfo.InvariantCulture) + NoLongerSolvedEnd;

    /// <summary>A stored note as a helper is told it (one the forum does not know, as it was stored).</summary>
    public static Phrase Said(string note) =>
        note.StartsWith(NoLongerSolvedStart, StringComparison.Ordinal) && note.EndsWith(NoLongerSolvedEnd, StringComparison.Ordinal)
        && DateOnly.TryParseExact(note[NoLongerSolvedStart.Length..^NoLongerSolvedEnd.Length], DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? Phrase.Of("Support.Note.NoLongerSolved", day)
            : note;
}
