using System.Linq.Expressions;

namespace Forum.Domain.Features.Faq;

/// <summary>
/// Simple, provider-agnostic matching of a draft title against stored titles: the draft is cut into a few
/// lower-case terms (common words dropped), and a title matches when it contains any of them. Every term is
/// sent as a query parameter, so nothing the user types ends up in SQL text.
/// </summary>
public sealed class TitleTerms
{
    public const int MaxTerms = 6, MaxInput = 200;

    private static readonly HashSet<string> StopWords =
    [
        "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our", "out", "has", "have",
        "how", "what", "when", "where", "why", "who", "which", "this", "that", "with", "from", "after", "before", "does", "doesn",
        "don", "get", "got", "into", "its", "just", "like", "only", "then", "than", "there", "they", "will", "would", "could",
        "should", "my", "your", "can't", "cannot", "isn", "won", "about", "again", "still", "every", "some", "help", "problem", "issue",
    ];

    private TitleTerms(IReadOnlyList<string> terms) => Terms = terms;

    public IReadOnlyList<string> Terms { get; }
    public bool IsEmpty => Terms.Count == 0;

    public static TitleTerms Parse(string? text)
    {
        var input = (text ?? "").Length > MaxInput ? text![..MaxInput] : text ?? "";
        var terms = new List<string>();
        var word = new System.Text.StringBuilder();
        foreach (var c in input.ToLowerInvariant().Append(' '))
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
                continue;
            }
            var term = word.ToString();
            word.Clear();
            if (term.Length >= 3 && term.Length <= 40 && !StopWords.Contains(term) && !terms.Contains(term))
                terms.Add(term);
            if (terms.Count == MaxTerms)
                break;
        }
        return new TitleTerms(terms);
    }

    /// <summary>How many of the terms <paramref name="title"/> contains.</summary>
    public int Score(string title)
    {
        var lower = title.ToLowerInvariant();
        return Terms.Count(t => lower.Contains(t, StringComparison.Ordinal));
    }

    /// <summary>A filter: the title (lower-cased in the database) contains at least one term.</summary>
    public Expression<Func<T, bool>> AnyIn<T>(Expression<Func<T, string>> title)
    {
        var lowered = Expression.Call(title.Body, typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!);
        var contains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
        Expression? any = null;
        foreach (var term in Terms)
        {
            // A member of a closure object, so that EF sends the term as a parameter.
            var parameter = Expression.Property(Expression.Constant(new TermHolder(term)), nameof(TermHolder.Value));
            Expression test = Expression.Call(lowered, contains, parameter);
            any = any is null ? test : Expression.OrElse(any, test);
        }
        return Expression.Lambda<Func<T, bool>>(any ?? Expression.Constant(false), title.Parameters);
    }

    private sealed record TermHolder(string Value);
}
