namespace Forum.Web.Pages.Shared;

/// <summary>
/// The "All languages · English · Bahasa Indonesia" choice above a list of questions (<c>_LanguageFilter</c>).
/// </summary>
/// <param name="Current">The language shown, or <paramref name="AllValue"/> when the list has every language.</param>
/// <param name="UrlFor">The list's address with the language query parameter set to a value (null: none).</param>
/// <param name="AllValue">The parameter's value for every language (null: no parameter).</param>
public sealed record LanguageFilter(string? Current, Func<string?, string> UrlFor, string? AllValue = null);
