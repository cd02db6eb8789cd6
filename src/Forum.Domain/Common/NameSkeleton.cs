using System.Globalization;
using System.Text;

namespace Forum.Domain.Common;

/// <summary>
/// What a display name looks like, reduced to a key: two names with the same key would pass for each other on a page.
/// It is Unicode's TR39 skeleton (each character replaced by its prototype from confusables.txt, over the decomposed
/// text) widened to what a reader cannot tell apart either: case, width and compatibility forms (NFKD), accents and
/// other combining marks, zero-width and bidirectional characters, spaces and punctuation. Case and look-alikes
/// together make one class of i, I, l, L, 1 and |, because "BiII" must not pass for "Bill" while "BILL" and "bill"
/// are one name. See docs/decisions/0009-display-names-by-skeleton.md.
/// </summary>
public static class NameSkeleton
{
    /// <summary>Longer keys are cut (only names made of characters that expand a lot come near it).</summary>
    public const int MaxLength = 200;

    private static readonly Dictionary<int, string> Prototypes = LoadPrototypes();

    public static string Of(string? name)
    {
        var text = Text.CleanLine(name).Normalize(NormalizationForm.FormKD);
        // Prototypes can be upper-case letters (0 → O) and lower-casing can make characters that have prototypes
        // themselves, so the steps repeat until nothing changes (two or three rounds for any real name).
        for (var round = 0; round < 4; round++)
        {
            var next = Round(text);
            if (next == text)
                break;
            text = next;
        }
        return text.Length > MaxLength ? text[..MaxLength] : text;
    }

    private static string Round(string text)
    {
        var mapped = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Prototypes.TryGetValue(rune.Value, out var prototype))
                mapped.Append(prototype);
            else
                mapped.Append(rune.ToString());
        }
        var decomposed = mapped.ToString().Normalize(NormalizationForm.FormKD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var rune in decomposed.EnumerateRunes())
        {
            // Marks (accents) and everything that is neither a letter nor a digit (spaces, punctuation, symbols) go.
            if (!Rune.IsLetterOrDigit(rune))
                continue;
            var lower = Rune.ToLowerInvariant(rune);
            key.Append(lower.Value == 'i' ? "l" : lower.ToString());
        }
        return key.ToString();
    }

    private static Dictionary<int, string> LoadPrototypes()
    {
        using var stream = typeof(NameSkeleton).Assembly.GetManifestResourceStream("Forum.Domain.Confusables.txt")
            ?? throw new InvalidOperationException("The confusables table is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var prototypes = new Dictionary<int, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
                continue;
            var (source, prototype) = line.Split(';') is [var s, var p] ? (s, p) : throw new FormatException($"Bad confusables line: {line}");
            prototypes[int.Parse(source.Trim(), NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = string.Concat(
                prototype.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                    .Select(p => char.ConvertFromUtf32(int.Parse(p, NumberStyles.HexNumber, CultureInfo.InvariantCulture))));
        }
        return prototypes;
    }
}
