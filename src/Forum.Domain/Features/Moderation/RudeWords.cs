using System.Globalization;
using System.Text;

namespace Forum.Domain.Features.Moderation;

/// <summary>
/// Finds the configured rude words in a text. Both the text and the list are compared in one normal form
/// (<see cref="Words"/>), word by word, so "Scunthorpe" or "class" never match a shorter word hidden inside them.
/// </summary>
public sealed class RudeWords
{
    private readonly List<(string[] Words, bool Prefix)> _entries;

    public RudeWords(RespectOptions options) =>
        _entries = options.RudeWords
            .Select(entry => (Words: Words(entry.TrimEnd('*')).ToArray(), Prefix: entry.Trim().EndsWith('*')))
            .Where(e => e.Words.Length > 0)
            .ToList();

    /// <summary>The rude words and phrases in the texts, as written there (normalised), each once, in order of appearance.</summary>
    public IReadOnlyList<string> Find(params string?[] texts)
    {
        var found = new List<string>();
        foreach (var words in texts.Select(Words))
        {
            for (var at = 0; at < words.Count; at++)
            {
                foreach (var entry in _entries.Where(e => Matches(words, at, e.Words, e.Prefix)))
                {
                    var match = string.Join(' ', words.Skip(at).Take(entry.Words.Length));
                    if (!found.Contains(match))
                        found.Add(match);
                }
            }
        }
        return found;
    }

    private static bool Matches(List<string> words, int at, string[] entry, bool prefix)
    {
        if (at + entry.Length > words.Count)
            return false;
        for (var k = 0; k < entry.Length; k++)
        {
            var last = k == entry.Length - 1;
            if (words[at + k] != entry[k] && !(last && prefix && words[at + k].StartsWith(entry[k], StringComparison.Ordinal)))
                return false;
        }
        return true;
    }

    /// <summary>
    /// The words of a text in the form they are compared in: compatibility-normalised (NFKC: full-width, styled and
    /// circled letters become plain ones), without invisible characters (zero-width spaces and joiners, soft hyphens),
    /// without accents or stacked marks, case-folded, and with Cyrillic and Greek look-alikes read as Latin letters
    /// inside words that also have Latin letters. A word is a run of letters and digits.
    /// </summary>
    public static List<string> Words(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return [];
        var visible = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
                visible.Append(c);
        }
        var decomposed = visible.ToString().Normalize(NormalizationForm.FormKC).ToLowerInvariant()
            .Replace("ß", "ss", StringComparison.Ordinal).Replace('ς', 'σ').Normalize(NormalizationForm.FormD);

        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark)
                continue;
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }
            Flush();
        }
        Flush();
        return words;

        void Flush()
        {
            if (word.Length == 0)
                return;
            var value = word.ToString();
            if (value.Any(char.IsAsciiLetter))
                value = string.Concat(value.Select(c => LookAlikes.GetValueOrDefault(c, c)));
            words.Add(value.Normalize(NormalizationForm.FormC));
            word.Clear();
        }
    }

    /// <summary>Cyrillic and Greek lower-case letters that look like Latin ones, as used to slip a word past a filter.</summary>
    private static readonly Dictionary<char, char> LookAlikes = new()
    {
        ['а'] = 'a', ['в'] = 'b', ['с'] = 'c', ['ԁ'] = 'd', ['е'] = 'e', ['һ'] = 'h', ['і'] = 'i', ['ј'] = 'j', ['к'] = 'k',
        ['м'] = 'm', ['н'] = 'h', ['о'] = 'o', ['р'] = 'p', ['ѕ'] = 's', ['т'] = 't', ['у'] = 'y', ['х'] = 'x', ['ԛ'] = 'q', ['ԝ'] = 'w',
        ['α'] = 'a', ['ε'] = 'e', ['ι'] = 'i', ['κ'] = 'k', ['ν'] = 'v', ['ο'] = 'o', ['ρ'] = 'p', ['τ'] = 't', ['υ'] = 'u', ['χ'] = 'x',
    };
}
