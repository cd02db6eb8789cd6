using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Forum.Domain.Features.Search;

/// <summary>
/// Plain text for the index and safe, highlighted snippets for the results. Snippets are built from text only:
/// the post's HTML is reduced to text, the text is HTML-encoded, and only then are &lt;mark&gt; tags added.
/// </summary>
public static partial class SearchText
{
    public const int SnippetLength = 240;

    /// <summary>The text of a rendered post: tags removed, entities decoded, white space collapsed.</summary>
    public static string FromHtml(string? html)
    {
        if (string.IsNullOrEmpty(html))
            return "";
        var text = Tag().Replace(html, " ");
        text = WebUtility.HtmlDecode(text);
        return Space().Replace(text, " ").Trim();
    }

    /// <summary>All of <paramref name="text"/>, HTML-encoded, with the searched words marked.</summary>
    public static string Highlight(string text, SearchTerms terms) => Render(text, Words(text), Matcher(terms), 0, text.Length);

    /// <summary>
    /// The part of <paramref name="text"/> with the most distinct searched words (or its beginning), about
    /// <see cref="SnippetLength"/> characters, HTML-encoded, the searched words in &lt;mark&gt;.
    /// </summary>
    public static string Snippet(string text, SearchTerms terms, int length = SnippetLength)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var words = Words(text);
        var matches = Matcher(terms);
        var hits = words.Select(w => matches(text.AsSpan(w.Start, w.Length))).ToArray();

        var best = 0;
        var bestScore = -1.0;
        for (var first = 0; first < words.Count; first++)
        {
            if (hits[first] is null)
                continue;
            var seen = new HashSet<string>();
            var count = 0;
            for (var i = first; i < words.Count && words[i].Start + words[i].Length - words[first].Start <= length; i++)
            {
                if (hits[i] is { } hit)
                {
                    seen.Add(hit);
                    count++;
                }
            }
            var score = seen.Count + count * 0.01;
            if (score > bestScore)
            {
                bestScore = score;
                best = first;
            }
        }

        // A little context before the first marked word, when there is text before it.
        var start = 0;
        if (bestScore > 0)
        {
            var from = best;
            while (from > 0 && words[best].Start - words[from - 1].Start < length / 5)
                from--;
            start = words.Count == 0 ? 0 : words[from].Start;
        }
        var end = Math.Min(text.Length, start + length);
        if (end < text.Length)
        {
            var lastWordEnd = words.Where(w => w.Start >= start && w.Start + w.Length <= end).Select(w => w.Start + w.Length).DefaultIfEmpty(end).Max();
            end = lastWordEnd;
        }
        if (end < text.Length && char.IsLowSurrogate(text[end]))
            end++;
        return (start > 0 ? "… " : "") + Render(text, words, matches, start, end) + (end < text.Length ? " …" : "");
    }

    private static string Render(string text, List<(int Start, int Length)> words, Func<ReadOnlySpan<char>, string?> matches, int start, int end)
    {
        var html = new StringBuilder();
        var position = start;
        foreach (var (wordStart, wordLength) in words)
        {
            if (wordStart < start || wordStart + wordLength > end)
                continue;
            if (matches(text.AsSpan(wordStart, wordLength)) is null)
                continue;
            html.Append(WebUtility.HtmlEncode(text[position..wordStart]));
            html.Append("<mark>").Append(WebUtility.HtmlEncode(text.Substring(wordStart, wordLength))).Append("</mark>");
            position = wordStart + wordLength;
        }
        html.Append(WebUtility.HtmlEncode(text[position..end]));
        return html.ToString();
    }

    /// <summary>Where the words of <paramref name="text"/> are.</summary>
    private static List<(int Start, int Length)> Words(string text)
    {
        var words = new List<(int, int)>();
        var start = -1;
        var i = 0;
        while (i < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            var isWord = SearchTerms.IsWordRune(rune);
            if (isWord && start < 0)
                start = i;
            else if (!isWord && start >= 0)
            {
                words.Add((start, i - start));
                start = -1;
            }
            i += Math.Max(1, consumed);
        }
        if (start >= 0)
            words.Add((start, text.Length - start));
        return words;
    }

    /// <summary>For a word of the text, the searched word it matches (the same word, or the same stem), or null.</summary>
    private static Func<ReadOnlySpan<char>, string?> Matcher(SearchTerms terms)
    {
        var stems = new Dictionary<string, string>();
        foreach (var word in terms.HighlightWords)
            stems.TryAdd(Stem(Fold(word)), word);
        return word =>
        {
            if (stems.Count == 0 || word.Length > SearchTerms.MaxWordLength * 2)
                return null;
            return stems.GetValueOrDefault(Stem(Fold(word.ToString())));
        };
    }

    /// <summary>Lower case without accents, as the engines compare words.</summary>
    private static string Fold(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                folded.Append(c);
        return folded.ToString();
    }

    /// <summary>A rough English stem, close enough to the engines' stemmers to mark "crashes" for "crash".</summary>
    private static string Stem(string word)
    {
        foreach (var ending in Endings)
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal))
                return word[..^ending.Length];
        return word;
    }

    private static readonly string[] Endings = ["ing", "ies", "es", "ed", "ly", "s", "e", "y"];

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
