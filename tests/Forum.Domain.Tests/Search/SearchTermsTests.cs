using Forum.Domain.Features.Search;
using Forum.Infrastructure.Search;

namespace Forum.Domain.Tests.Search;

public sealed class SearchTermsTests
{
    private static string Describe(SearchTerms terms) =>
        string.Join(" ", terms.Required.Select(t => $"[{t}]")) + " / " + string.Join(" ", terms.Excluded.Select(t => $"[{t}]"));

    [Theory]
    [InlineData("blank window", "[blank] [window] / ")]
    [InlineData("  Blank   WINDOW  ", "[blank] [window] / ")]
    [InlineData("\"blank window\" crash", "[blank window] [crash] / ")]
    [InlineData("crash -windows -\"blue screen\"", "[crash] / [windows] [blue screen]")]
    [InlineData("wi-fi node.js c++", "[wi fi] [node js] [c] / ")]
    [InlineData("title:blank NEAR(a b) AND OR * ^", "[title blank] [near a] [b] [and] [or] / ")]
    [InlineData("\"unclosed phrase", "[unclosed phrase] / ")]
    [InlineData("crash crash CRASH", "[crash] / ")]
    [InlineData("🙂 ¿¡ — ...", " / ")]
    [InlineData("café naïve", "[café] [naïve] / ")]
    [InlineData("שלום עולם", "[שלום] [עולם] / ")]
    [InlineData("- - -", " / ")]
    [InlineData("\u201Csmart quotes\u201D", "[smart quotes] / ")]
    public void Whatever_is_typed_becomes_words_phrases_and_exclusions(string text, string expected) =>
        Assert.Equal(expected, Describe(SearchTerms.Parse(text)));

    [Fact]
    public void Long_input_is_cut_to_a_bounded_number_of_terms_and_word_lengths()
    {
        var terms = SearchTerms.Parse(string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"word{i}")) + " " + new string('x', 5000));

        Assert.Equal(SearchTerms.MaxTerms, terms.Required.Count);
        Assert.All(SearchTerms.Parse(new string('x', 5000)).Required, t => Assert.Equal(SearchTerms.MaxWordLength, t.Words[0].Length));
    }

    [Fact]
    public void Only_exclusions_or_only_punctuation_cannot_match_anything()
    {
        Assert.False(SearchTerms.Parse("-crash -\"blue screen\"").CanMatch);
        Assert.False(SearchTerms.Parse("*** ::: ^^^").CanMatch);
        Assert.False(SearchTerms.Parse(null).CanMatch);
    }

    [Fact]
    public void Similar_questions_match_two_significant_words_of_a_title_or_one_of_a_short_one()
    {
        var terms = SearchTerms.AnyOf("How do I stop the app from crashing?");

        Assert.Equal(["stop", "app", "crashing"], terms.Required.Select(t => t.ToString()));
        Assert.Equal(["stop app", "stop crashing", "app crashing"], terms.Alternatives.Select(g => string.Join(" ", g)));
        Assert.Equal(["crashing"], SearchTerms.AnyOf("Why is it crashing?").Alternatives.Select(g => string.Join(" ", g)));
    }

    [Fact]
    public void Similar_questions_use_the_longest_significant_words_of_a_long_title_in_their_order()
    {
        var terms = SearchTerms.AnyOf("The add-on fails with an error after changing my password on my new laptop");

        Assert.Equal(["fails", "error", "changing", "password", "laptop"], terms.Required.Select(t => t.ToString()));
    }

    [Fact]
    public void Each_engine_gets_only_quoted_words()
    {
        var terms = SearchTerms.Parse("crash \"blue screen\" -windows OR NEAR:");

        Assert.Equal("((\"crash\" \"blue screen\" \"or\" \"near\")) NOT \"windows\"", SqliteSearchIndex.Expression(terms));
        Assert.Equal("\"crash\" \"blue screen\" \"or\" \"near\" -\"windows\"", PostgresSearchIndex.Query(terms));
        Assert.Equal("((\"crash\" AND \"blue screen\" AND \"or\" AND \"near\")) AND NOT \"windows\"", SqlServerSearchIndex.Condition(terms));
        var similar = SearchTerms.AnyOf("stop the crashing");
        Assert.Equal("((\"stop\") OR (\"crashing\"))", SqliteSearchIndex.Expression(similar));
        Assert.Equal("\"stop\" or \"crashing\"", PostgresSearchIndex.Query(similar));
        Assert.Equal("((\"stop\") OR (\"crashing\"))", SqlServerSearchIndex.Condition(similar));
        Assert.Equal("((stop)) | ((crashing))", PostgresSearchIndex.TitleQuery(similar));
        Assert.Equal("((blue <-> screen) & (crash))", PostgresSearchIndex.TitleQuery(SearchTerms.Parse("\"blue screen\" crash")));
    }

    [Fact]
    public void Snippets_mark_the_searched_words_and_their_forms_and_show_the_best_part()
    {
        var text = string.Concat(Enumerable.Repeat("Nothing relevant in this sentence at all. ", 20)) + "The app crashes when the printer is offline. " +
                   string.Concat(Enumerable.Repeat("More filler text follows here. ", 20));

        var snippet = SearchText.Snippet(text, SearchTerms.Parse("crash printers"));

        Assert.StartsWith("… ", snippet);
        Assert.EndsWith(" …", snippet);
        Assert.Contains("The app <mark>crashes</mark> when the <mark>printer</mark> is offline.", snippet);
        Assert.True(snippet.Length < SearchText.SnippetLength + 60);
    }

    [Fact]
    public void Only_the_searched_words_are_marked_in_a_title() =>
        Assert.Equal("No <mark>notifications</mark> on <mark>Android</mark> 15 &amp; more",
            SearchText.Highlight("No notifications on Android 15 & more", SearchTerms.Parse("notifications android")));

    [Fact]
    public void Snippets_of_text_without_the_words_show_its_beginning_encoded()
    {
        Assert.Equal("a &lt;b&gt; &amp; c", SearchText.Snippet("a <b> & c", SearchTerms.Parse("zzz")));
        Assert.Equal("", SearchText.Snippet("", SearchTerms.Parse("zzz")));
    }

    [Fact]
    public void Text_is_taken_from_rendered_html()
    {
        Assert.Equal("Hello world & <script> x", SearchText.FromHtml("<p>Hello <strong>world</strong> &amp; &lt;script&gt;</p>\n<pre><code>x</code></pre>"));
    }
}
