using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Forum.Tests.Shared;
using Forum.Web.Tests.Harness;
using Microsoft.AspNetCore.Hosting;

namespace Forum.Web.Tests.Pages;

/// <summary>
/// Every page of the <see cref="PageMap"/>, as each kind of reader, in the pseudo-locale: every word a person reads
/// (text, and the title, aria-label, placeholder and alt attributes and the labels of input buttons) came through a
/// resource, so it is there in every language. What members wrote (and what was written in its reader's language when
/// it was sent, such as a notification) is marked <c>data-user-content</c> and left out, as are the keys of the keyboard
/// (<c>kbd</c>) and what one types (<c>code</c>: Markdown and search syntax; the text of a <c>textarea</c>, as the value
/// of an input).
/// </summary>
public sealed partial class PseudoLocaleTests(PseudoLocaleTests.PseudoLocaleForum forum) : IClassFixture<PseudoLocaleTests.PseudoLocaleForum>
{
    public sealed class PseudoLocaleForum : ForumWebFactory
    {
        protected override void Configure(IWebHostBuilder builder) => PseudoLocale.AddTo(builder);
    }

    /// <summary>
    /// The pages whose main content still has words of its own (the header and the footer around it are checked): the
    /// sweep's to-do list, which only shrinks. A page leaves it in the same change that moves its words into the resources.
    /// </summary>
    private static readonly Regex[] NotYetLocalized =
    [
    ];

    [Theory]
    [InlineData(Reader.Visitor)]
    [InlineData(Reader.Member)]
    [InlineData(Reader.Moderator)]
    [InlineData(Reader.Staff)]
    public async Task Every_word_on_every_page_comes_from_a_resource(Reader reader)
    {
        var browser = PseudoLocale.Client(forum);
        if (reader != Reader.Visitor)
            (await browser.PostLoginFormAsync(PageMap.Email(reader))).EnsureSuccessStatusCode();
        var problems = new List<string>();

        foreach (var address in await PageMap.ForAsync(reader, new HttpPageLinks(browser)))
        {
            var response = await browser.GetAsync(address);
            if (!response.IsSuccessStatusCode)
            {
                problems.Add($"{address}: answered {(int)response.StatusCode}");
                continue;
            }
            var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            var mainToo = !NotYetLocalized.Any(p => p.IsMatch(address));
            problems.AddRange(OwnWords(page.DocumentElement, mainToo).Select(words => $"{address}: \"{words}\""));
        }

        Assert.True(problems.Count == 0, $"Words that did not come through a resource:\n{string.Join("\n", problems.Distinct())}");
    }

    [Fact]
    public void The_check_finds_words_outside_resources_and_leaves_out_what_members_wrote()
    {
        var page = new HtmlParser().ParseDocument($"""
            <html><head><title>{PseudoLocale.Transform("Questions")} · {PseudoLocale.Transform("Forum")}</title></head><body>
            <p>{PseudoLocale.Transform("Asked by")} <a data-user-content>Bob</a> 3</p>
            <p>{string.Format(PseudoLocale.Transform("{0} answered <strong>your</strong> question"), "Rina")}</p>
            <p>Hard-coded</p><button title="Close">×</button><a title="{string.Format(PseudoLocale.Transform("{0} (RSS)"), PseudoLocale.Transform("Questions"))}">{PseudoLocale.Transform("Feed")}</a><input type="submit" value="{PseudoLocale.Transform("Send")}" />
            <input type="search" value="what a member searched" /><textarea>A draft</textarea><img alt="A picture" /><script>var words = "ignored";</script>
            <p>{PseudoLocale.Transform("Press")} <kbd>Esc</kbd> <code>sync -wireless</code></p>
            <main><p>Not yet</p></main></body></html>
            """);

        Assert.Equal(["A picture", "Close", "Hard-coded", "Not yet"], OwnWords(page.DocumentElement, mainToo: true).Order(StringComparer.Ordinal).ToArray());
        Assert.DoesNotContain("Not yet", OwnWords(page.DocumentElement, mainToo: false));
    }

    private static readonly string[] ReadAttributes = ["title", "aria-label", "placeholder", "alt"];

    /// <summary>
    /// The words of <paramref name="root"/> that no resource said: its text, read as one stream so that a resource
    /// string spanning elements (a sentence with a link in it) is recognised whole, then its readable attributes.
    /// </summary>
    private static List<string> OwnWords(IElement root, bool mainToo)
    {
        var text = new StringBuilder();
        var attributes = new List<string>();
        Walk(root);
        return [.. WithoutResourceStrings(text.ToString()).Split('\n').Concat(attributes.Select(WithoutResourceStrings)).Select(Collapse).Where(HasLetters)];

        void Walk(INode node)
        {
            if (node is IText words)
            {
                text.Append(words.Data).Append('\n');
                return;
            }
            if (node is not IElement element || element.LocalName is "script" or "style" or "kbd" or "code" or "textarea" || element.HasAttribute("data-user-content")
                || (!mainToo && element.LocalName == "main"))
                return;
            foreach (var name in ReadAttributes)
            {
                if (element.GetAttribute(name) is { } value)
                    attributes.Add(value);
            }
            if (element.LocalName == "input" && element.GetAttribute("type") is "submit" or "button" or "reset" && element.GetAttribute("value") is { } label)
                attributes.Add(label);
            foreach (var child in element.ChildNodes)
                Walk(child);
        }
    }

    /// <summary>What is left of <paramref name="words"/> without its pseudo-localized strings, those inside others' placeholders too.</summary>
    private static string WithoutResourceStrings(string words)
    {
        while (Pseudo().IsMatch(words))
            words = Pseudo().Replace(words, "");
        return words;
    }

    private static string Collapse(string words) => Whitespace().Replace(words, " ").Trim();

    private static bool HasLetters(string words) => words.Any(char.IsLetter);

    /// <summary>An innermost pseudo-localized string (one inside another's placeholder goes first).</summary>
    [GeneratedRegex("⟦[^⟦⟧]*⟧")]
    private static partial Regex Pseudo();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
