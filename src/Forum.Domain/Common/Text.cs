using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Forum.Domain.Common;

/// <summary>Cleaning of user-typed single-line text: titles, names and tags.</summary>
public static partial class Text
{
    /// <summary>
    /// NFC-normalises and trims a line, drops control, zero-width and bidirectional-override characters
    /// (which let a title pretend to say something else) and collapses runs of white space.
    /// </summary>
    public static string CleanLine(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && builder[^1] != ' ')
                    builder.Append(' ');
                continue;
            }
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format)
                continue;
            builder.Append(c);
        }
        return builder.ToString().Trim();
    }

    /// <summary>Removes control characters other than line breaks and tabs from a multi-line body.</summary>
    public static string CleanBody(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return "";
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormC))
        {
            if (c is '\n' or '\t' || !char.IsControl(c))
                builder.Append(c);
        }
        return builder.ToString().Trim();
    }

    /// <summary>Whether the text has a character a reader can see (not only spaces, control, zero-width or direction marks).</summary>
    public static bool HasVisibleText(string? value) =>
        value is not null && value.Any(c => !char.IsWhiteSpace(c)
            && CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format));

    /// <summary>An URL-friendly form of a title: lower-case ASCII letters, digits and hyphens.</summary>
    public static string Slugify(string title)
    {
        var decomposed = title.Normalize(NormalizationForm.FormD).ToLowerInvariant();
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                builder.Append(c);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && builder.Length > 0 && builder[^1] != '-')
                builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        if (slug.Length > 80)
            slug = slug[..80].TrimEnd('-');
        return slug.Length == 0 ? "question" : slug;
    }

    public const int MaxTags = 5;

    /// <summary>Lower-cases and de-duplicates tags; a tag is 1–25 characters of a-z, 0-9 and . + # -.</summary>
    public static IReadOnlyList<string> NormalizeTags(IEnumerable<string>? tags) =>
        (tags ?? []).Select(t => CleanLine(t).ToLowerInvariant()).Where(t => t.Length > 0).Distinct().ToList();

    public static bool IsValidTag(string tag) => TagPattern().IsMatch(tag);

    [GeneratedRegex("^[a-z0-9][a-z0-9.+#-]{0,24}$")]
    private static partial Regex TagPattern();
}
