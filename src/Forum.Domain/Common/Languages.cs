using System.Globalization;

namespace Forum.Domain.Common;

/// <summary>
/// The languages the forum speaks, by their ISO 639-1 codes, English (the default and the source of the FAQ) first.
/// A third language is added here and by a resource file of its own (see the README's "Languages").
/// </summary>
public static class Languages
{
    public const string English = "en";
    public const string Indonesian = "id";
    public const int CodeMax = 12;
    /// <summary>In a filter: every language.</summary>
    public const string Any = "any";

    public static readonly IReadOnlyList<string> All = [English, Indonesian];

    /// <summary>The forum's language that <paramref name="code"/> names ("id", "id-ID", "EN"), or null for any other.</summary>
    public static string? Find(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
            return null;
        var primary = code.Trim().Split('-', '_')[0].ToLowerInvariant();
        return All.FirstOrDefault(l => l == primary);
    }

    /// <summary>The language of the request being served (the current UI culture), English outside any.</summary>
    public static string Current => Find(CultureInfo.CurrentUICulture.Name) ?? English;

    public static bool IsSupported(string? code) => code is not null && All.Contains(code);


    /// <summary>A rule's message, said in the language of the request being validated: the resource <paramref name="key"/>.</summary>
    public static IRuleBuilderOptions<T, TProperty> Says<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, IForumTexts texts, string key, params object?[] arguments) =>
        rule.WithMessage(_ => texts.Get(Current, key, arguments));

    /// <summary>A rule's message that depends on the value checked, said in the language of the request being validated.</summary>
    public static IRuleBuilderOptions<T, TProperty> Says<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, IForumTexts texts, Func<TProperty, Phrase> phrase) =>
        rule.WithMessage((_, value) => phrase(value).In(Current, texts));

    /// <summary>An optional language: none, or one the forum speaks.</summary>
    public static IRuleBuilderOptions<T, string?> ValidLanguage<T>(this IRuleBuilder<T, string?> rule, IForumTexts texts) =>
        rule.Must(l => l is null || IsSupported(l)).ChoosesOne(texts);

    /// <summary>What a request naming another language is told.</summary>
    public static IRuleBuilderOptions<T, TProperty> ChoosesOne<T, TProperty>(this IRuleBuilderOptions<T, TProperty> rule, IForumTexts texts) =>
        rule.Says(texts, "Validation.Language", string.Join(", ", All));
}

/// <summary>
/// The forum's words in each of its languages (the shared resources); a sentence missing in a language is said in
/// English. Use cases write with it what is read later by someone else (notifications, emails), in the reader's language.
/// </summary>
public interface IForumTexts
{
    /// <summary>The sentence under <paramref name="key"/> in <paramref name="language"/>, its placeholders ({0}, {1}…) filled in.</summary>
    string Get(string language, string key, params object?[] arguments);
}

/// <summary>
/// Something the forum says to a member, decided now and written later in the member's language: a resource key and
/// the values of its placeholders (which may be phrases themselves). A plain string converts to a phrase said the same
/// in every language (text that is not the forum's own words, such as a moderator's reason).
/// </summary>
public sealed class Phrase
{
    private readonly string? _key;
    private readonly string? _literal;
    private readonly object?[] _arguments;

    private Phrase(string? key, string? literal, object?[] arguments) => (_key, _literal, _arguments) = (key, literal, arguments);

    public static Phrase Of(string key, params object?[] arguments) => new(key, null, arguments);

    public static implicit operator Phrase(string? literal) => new(null, literal ?? "", []);

    public string In(string language, IForumTexts texts) => Say((key, arguments) => texts.Get(language, key, arguments));

    /// <summary>The phrase said by <paramref name="sentence"/> (a resource key and its filled-in placeholders to a sentence).</summary>
    public string Say(Func<string, object?[], string> sentence) => _key is null
        ? _literal!
        : sentence(_key, [.. _arguments.Select(a => a is Phrase p ? p.Say(sentence) : a)]);

    /// <summary>The phrase in English, for logs and debugging.</summary>
    public override string ToString() => _literal ?? _key!;
}
