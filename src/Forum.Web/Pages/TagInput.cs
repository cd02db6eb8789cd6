namespace Forum.Web.Pages;

/// <summary>The tags box of the ask and edit forms: tags separated by commas or spaces.</summary>
public static class TagInput
{
    private static readonly char[] Separators = [',', ' ', ';', '\t', '\n', '\r'];

    public static IReadOnlyList<string> Split(string? text) =>
        (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string Join(IEnumerable<string> tags) => string.Join(", ", tags);
}
