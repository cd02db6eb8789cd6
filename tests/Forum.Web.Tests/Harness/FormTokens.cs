using System.Text.RegularExpressions;

namespace Forum.Web.Tests.Harness;

/// <summary>The antiforgery tokens of a page's forms, to send back as a browser would.</summary>
public static partial class FormTokens
{
    /// <summary>The token of the page's first form.</summary>
    public static string Of(string page) => Token().Match(page).Groups[1].Value;

    /// <summary>Every distinct token on the page.</summary>
    public static string[] AllOf(string page) => [.. Token().Matches(page).Select(m => m.Groups[1].Value).Distinct()];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
