using System.Globalization;
using System.Text;

namespace Forum.Domain.Features.Search;

/// <summary>
/// A search as the forum understands it, parsed from whatever people type: words, "exact phrases" and
/// -excluded words or -"phrases". Every term is a list of words made only of letters and digits, so nothing a
/// person types ever reaches a full-text engine as syntax (no operators, quotes, column filters or wildcards).
/// </summary>
public sealed class SearchTerms
{
    public const int MaxTerms = 16;
    public const int MaxWordsPerPhrase = 10;
    public const int MaxWordLength = 64;

    private SearchTerms(IReadOnlyList<SearchTerm> required, IReadOnlyList<SearchTerm> excluded, IReadOnlyList<IReadOnlyList<SearchTerm>> alternatives)
    {
        Required = required;
        Excluded = excluded;
        Alternatives = alternatives;
    }

    /// <summary>The searched terms (what is highlighted).</summary>
    public IReadOnlyList<SearchTerm> Required { get; }

    /// <summary>Terms a result must not contain.</summary>
    public IReadOnlyList<SearchTerm> Excluded { get; }

    /// <summary>
    /// What a result must contain: all the terms of at least one of these groups. A typed search has one group,
    /// all of <see cref="Required"/>.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<SearchTerm>> Alternatives { get; }

    /// <summary>
    /// At most how many titles match, when the words were counted (<see cref="TellingWords"/>): an engine that takes the
    /// newest matches can then tell whether to read them all or to walk the documents newest first.
    /// </summary>
    public long? TitlesAtMost { get; private init; }

    public SearchTerms InTitlesAtMost(long titles) => new(Required, Excluded, Alternatives) { TitlesAtMost = titles };

    /// <summary>False when nothing searchable is left (empty input, only punctuation or emoji, only exclusions).</summary>
    public bool CanMatch => Alternatives.Count > 0;

    /// <summary>Every word that should be highlighted in a result.</summary>
    public IEnumerable<string> HighlightWords => Required.SelectMany(t => t.Words).Distinct();

    public static SearchTerms Parse(string? text)
    {
        var required = new List<SearchTerm>();
        var excluded = new List<SearchTerm>();
        var input = text ?? "";
        var i = 0;
        while (i < input.Length && required.Count + excluded.Count < MaxTerms)
        {
            if (char.IsWhiteSpace(input[i]))
            {
                i++;
                continue;
            }
            var negated = input[i] is '-' or '\u2212' && i + 1 < input.Length && !char.IsWhiteSpace(input[i + 1]);
            if (negated)
                i++;
            string chunk;
            if (input[i] is '"' or '\u201C' or '\u201D')
            {
                var end = input.IndexOfAny(['"', '\u201C', '\u201D'], i + 1);
                if (end < 0)
                    end = input.Length;
                chunk = input[(i + 1)..end];
                i = end + 1;
            }
            else
            {
                var start = i;
                while (i < input.Length && !char.IsWhiteSpace(input[i]) && input[i] != '"')
                    i++;
                chunk = input[start..i];
            }
            var words = Words(chunk).Take(MaxWordsPerPhrase).ToList();
            if (words.Count == 0)
                continue;
            var term = new SearchTerm(words);
            var list = negated ? excluded : required;
            if (!list.Contains(term))
                list.Add(term);
        }
        return new SearchTerms(required, excluded, required.Count == 0 ? [] : [required]);
    }

    public const int MaxSimilarWords = 5;

    /// <summary>
    /// How similar questions are found when the engine keeps no word counts: the significant words of
    /// <paramref name="text"/> (common words left out; the longest ones, as long words tend to be the rare,
    /// telling ones), as <see cref="AnyOf(IReadOnlyList{string})"/>. <see cref="TellingWords"/> chooses by the
    /// index's own counts instead.
    /// </summary>
    public static SearchTerms AnyOf(string? text)
    {
        var significant = SignificantWords(text).ToList();
        return AnyOf(significant.OrderByDescending(w => w.Length).Take(MaxSimilarWords).OrderBy(significant.IndexOf).ToList());
    }

    /// <summary>Similar to <paramref name="words"/>: any two of them must appear, or any one when there are only one or two.</summary>
    public static SearchTerms AnyOf(IReadOnlyList<string> words)
    {
        var terms = words.Select(w => new SearchTerm([w])).ToList();
        var alternatives = terms.Count < 3
            ? terms.Select(w => (IReadOnlyList<SearchTerm>)[w]).ToList()
            : terms.SelectMany((a, i) => terms.Skip(i + 1).Select(b => (IReadOnlyList<SearchTerm>)[a, b])).ToList();
        return new SearchTerms(terms, [], alternatives);
    }

    /// <summary>The distinct words of <paramref name="text"/> in their order, without one-letter and stop words.</summary>
    public static IReadOnlyList<string> SignificantWords(string? text) =>
        Words(text ?? "").Where(w => w.Length > 1 && !StopWords.Contains(w)).Distinct().ToList();

    /// <summary>
    /// The runs of letters, digits and combining marks in <paramref name="text"/>, lower-cased and cut to
    /// <see cref="MaxWordLength"/>: the words as the full-text engines see them.
    /// </summary>
    public static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        var length = 0;
        foreach (var rune in (text ?? "").EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                if (length++ < MaxWordLength)
                    word.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
                length = 0;
            }
        }
        if (word.Length > 0)
            yield return word.ToString();
    }

    public static bool IsWordRune(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "cannot", "do", "does", "doesn", "don", "for", "from", "get",
        "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "my", "no", "not", "of", "on", "or", "so", "that", "the",
        "their", "then", "there", "this", "to", "was", "what", "when", "where", "which", "why", "will", "with", "won", "you", "your",
    ];
}

/// <summary>One word, or the words of a phrase in order.</summary>
public sealed record SearchTerm(IReadOnlyList<string> Words)
{
    public bool Equals(SearchTerm? other) => other is not null && Words.SequenceEqual(other.Words);

    public override int GetHashCode() => string.Join(' ', Words).GetHashCode(StringComparison.Ordinal);

    public override string ToString() => string.Join(' ', Words);
}
