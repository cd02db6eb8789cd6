using System.Globalization;
using System.Text.RegularExpressions;

namespace Forum.Web.Pages.Moderation;

/// <summary>The question a moderator names by id ("123") or by address ("https://…/questions/123/slug#answer-4").</summary>
public static partial class QuestionReference
{
    /// <summary>Null when nothing was given, 0 (which the use cases refuse) when it names no question.</summary>
    public static int? IdIn(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
            return null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            return id;
        var match = QuestionAddress().Match(value);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex(@"/questions/(\d{1,9})(?:[/?#]|$)")]
    private static partial Regex QuestionAddress();
}
