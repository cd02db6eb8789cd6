using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Forum.Infrastructure.Markdown;

namespace Forum.Infrastructure.Tests.Markdown;

/// <summary>
/// Every vector of <see cref="XssVectors"/> goes through the renderer and the result is parsed the way a browser
/// would parse it; the assertions are on that parsed tree, not on the markup text.
/// </summary>
public class MarkdownRendererXssTests
{
    private static readonly MarkdownRenderer Renderer = new();

    public static TheoryData<string, bool> Vectors => XssVectors.Rows();

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Vector_comes_out_harmless(string raw, bool verbatim)
    {
        var markdown = XssVectors.Expand(raw);

        var html = Renderer.ToSafeHtml(markdown);
        var document = SafeHtml.AssertHarmless(html);

        var text = XssVectors.CollapseWhitespace(document.Body!.TextContent);
        var altTexts = document.Images.Select(image => image.AlternativeText).Where(alt => !string.IsNullOrWhiteSpace(alt));
        Assert.False(text.Length == 0 && !altTexts.Any(), $"Everything was dropped silently; output: {html}");
        if (verbatim)
            Assert.Contains(XssVectors.CollapseWhitespace(markdown), text, StringComparison.Ordinal);
    }

    [Fact]
    public void There_are_at_least_120_distinct_vectors()
    {
        Assert.True(XssVectors.All.Count >= 120, $"only {XssVectors.All.Count} vectors");
        var duplicates = XssVectors.All.GroupBy(v => v.Raw).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Tokens_in_vectors_expand_to_the_characters_they_name()
    {
        Assert.Equal("a\nb\rc\td\0e\u200Bf\U0001F600", XssVectors.Expand("a{LF}b{CR}c{TAB}d{NUL}e{U+200B}f{U+1F600}"));
    }

    [Theory]
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" JavaScript:alert(1)", false)]
    [InlineData("java\tscript:alert(1)", false)]
    [InlineData("\u0001java\nscript:alert(1)", false)]
    [InlineData("\u200Bvbscript:msgbox(1)", false)]
    [InlineData("DATA:text/html,x", false)]
    [InlineData("livescript:x", false)]
    [InlineData("https://example.com/a:b", true)]
    [InlineData("HTTP://example.com", true)]
    [InlineData("mailto:a@example.com", true)]
    [InlineData("/questions/1?x=a:b", true)]
    [InlineData("#answer-2", true)]
    [InlineData("?page=2", true)]
    [InlineData("questions/1", true)]
    [InlineData("%6Aavascript%3Aalert(1)", true)]
    public void The_url_check_used_by_these_tests_tells_safe_from_unsafe(string url, bool safe)
    {
        Assert.Equal(safe, SafeHtml.IsSafeUrl(url));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<iframe src=\"javascript:alert(1)\"></iframe>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<!-- hidden -->")]
    public void Typed_html_is_shown_as_text_in_a_paragraph(string typed)
    {
        var document = SafeHtml.AssertHarmless(Renderer.ToSafeHtml(typed));

        var paragraph = Assert.Single(document.Body!.Children);
        Assert.Equal("p", paragraph.LocalName);
        Assert.Empty(paragraph.Children);
        Assert.Equal(typed, paragraph.TextContent);
    }

    [Theory]
    [InlineData("[click me](javascript:alert(1))", "click me")]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    [InlineData("[click me][r]\n\n[r]: vbscript:msgbox(1)", "click me")]
    [InlineData("[click me](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "click me")]
    public void A_link_with_a_bad_scheme_keeps_its_text_but_loses_its_href(string markdown, string text)
    {
        var document = SafeHtml.AssertHarmless(Renderer.ToSafeHtml(markdown));

        var link = Assert.Single(document.QuerySelectorAll("a"));
        Assert.False(link.HasAttribute("href"));
        Assert.Equal(text, link.TextContent);
    }

    [Fact]
    public void An_image_with_a_bad_scheme_keeps_its_alt_text_and_nothing_else()
    {
        var document = SafeHtml.AssertHarmless(Renderer.ToSafeHtml("![a cat](javascript:alert(1))"));

        Assert.Empty(document.Images);
        Assert.Empty(document.QuerySelectorAll("a"));
        Assert.Equal("a cat", document.Body!.TextContent.Trim());
    }

    [Fact]
    public void A_title_with_quotes_stays_inside_the_title_attribute()
    {
        var document = SafeHtml.AssertHarmless(Renderer.ToSafeHtml("[x](https://example.com \"a\\\" onmouseover=\\\"alert(1)\")"));

        var link = Assert.Single(document.QuerySelectorAll("a"));
        Assert.Equal("a\" onmouseover=\"alert(1)", link.GetAttribute("title"));
        Assert.Equal("https://example.com", link.GetAttribute("href"));
    }

    [Fact]
    public void A_fence_info_string_cannot_add_attributes_to_the_code_element()
    {
        var document = SafeHtml.AssertHarmless(Renderer.ToSafeHtml("```js\" onclick=\"alert(1)\nx\n```"));

        var code = Assert.Single(document.QuerySelectorAll("pre > code"));
        Assert.Equal(["class"], code.Attributes.Select(a => a.Name));
        Assert.Equal("x\n", code.TextContent);
    }
}

/// <summary>Assertions on rendered HTML, made on the tree a browser would build from it.</summary>
internal static class SafeHtml
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Elements that must never appear, whatever the allow-list says.</summary>
    private static readonly HashSet<string> ForbiddenElements =
    [
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "style", "link", "meta", "base", "form",
        "button", "select", "textarea", "svg", "math", "template", "noscript", "video", "audio", "source",
    ];

    /// <summary>What the renderer is allowed to emit (html/head/body come from parsing the fragment).</summary>
    private static readonly HashSet<string> AllowedElements =
    [
        "html", "head", "body",
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "ins", "sub", "sup", "mark", "code", "pre", "kbd",
        "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "input",
    ];

    private static readonly HashSet<string> AllowedAttributes =
    [
        "href", "title", "src", "alt", "class", "start", "type", "checked", "disabled", "align", "rel", "loading",
    ];

    private static readonly string[] SafeSchemes = ["http", "https", "mailto"];

    public static IHtmlDocument AssertHarmless(string html)
    {
        var document = Parser.ParseDocument(html);
        foreach (var element in document.All)
        {
            var name = element.LocalName.ToLowerInvariant();
            Assert.False(ForbiddenElements.Contains(name), $"<{name}> in output: {html}");
            Assert.True(AllowedElements.Contains(name), $"unexpected <{name}> in output: {html}");
            if (name is "html" or "head" or "body")
                Assert.True(element.Attributes.Length == 0, $"attributes reached <{name}>: {html}");
            if (name == "input")
            {
                Assert.Equal("checkbox", element.GetAttribute("type"));
                Assert.True(element.HasAttribute("disabled"), $"enabled checkbox in output: {html}");
            }

            foreach (var attribute in element.Attributes)
            {
                var attributeName = attribute.Name.ToLowerInvariant();
                Assert.False(attributeName.StartsWith("on", StringComparison.Ordinal), $"event handler {attributeName} in output: {html}");
                Assert.False(attributeName == "style", $"style attribute in output: {html}");
                Assert.True(AllowedAttributes.Contains(attributeName), $"unexpected attribute {attributeName} in output: {html}");
                if (attributeName is "href" or "src")
                    Assert.True(IsSafeUrl(attribute.Value), $"unsafe {attributeName}=\"{attribute.Value}\" in output: {html}");
            }
        }
        return document;
    }

    /// <summary>
    /// A URL is safe when, with whitespace, control and format characters removed and lower-cased, it has no scheme
    /// (relative: starts with /, # or ?, or has no colon before the first of those) or its scheme is http, https or mailto.
    /// </summary>
    public static bool IsSafeUrl(string value)
    {
        var url = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format).ToArray())
            .ToLowerInvariant();
        if (url.StartsWith("javascript:", StringComparison.Ordinal) || url.StartsWith("vbscript:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal))
            return false;
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        var pathStart = url.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (pathStart >= 0 && pathStart < colon))
            return true;
        return SafeSchemes.Contains(url[..colon]);
    }
}
