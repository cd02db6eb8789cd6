using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Forum.Infrastructure.Markdown;

namespace Forum.Infrastructure.Tests.Markdown;

/// <summary>Ordinary Markdown still renders once it has gone through the sanitizer.</summary>
public class MarkdownRendererTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static IHtmlDocument Render(string markdown) => SafeHtml.AssertHarmless(Renderer.ToSafeHtml(markdown));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\n\n")]
    public void Empty_input_gives_empty_output(string markdown)
    {
        Assert.Equal("", Renderer.ToSafeHtml(markdown));
    }

    [Fact]
    public void Null_input_gives_empty_output()
    {
        Assert.Equal("", Renderer.ToSafeHtml(null!));
    }

    [Fact]
    public void Plain_text_becomes_a_paragraph()
    {
        Assert.Equal("<p>Hello, forum.</p>", Renderer.ToSafeHtml("Hello, forum.").Trim());
    }

    [Theory]
    [InlineData("# One", "h1", "One")]
    [InlineData("## Two", "h2", "Two")]
    [InlineData("### Three", "h3", "Three")]
    [InlineData("#### Four", "h4", "Four")]
    [InlineData("##### Five", "h5", "Five")]
    [InlineData("###### Six", "h6", "Six")]
    [InlineData("Setext\n======", "h1", "Setext")]
    [InlineData("Setext\n------", "h2", "Setext")]
    public void Headings_render(string markdown, string tag, string text)
    {
        var heading = Assert.Single(Render(markdown).Body!.Children);
        Assert.Equal(tag, heading.LocalName);
        Assert.Equal(text, heading.TextContent);
    }

    [Theory]
    [InlineData("*em*", "em", "em")]
    [InlineData("_em_", "em", "em")]
    [InlineData("**strong**", "strong", "strong")]
    [InlineData("__strong__", "strong", "strong")]
    [InlineData("~~gone~~", "del", "gone")]
    [InlineData("++added++", "ins", "added")]
    [InlineData("==marked==", "mark", "marked")]
    [InlineData("H~2~O", "sub", "2")]
    [InlineData("x^2^", "sup", "2")]
    [InlineData("`code`", "code", "code")]
    public void Inline_formatting_renders(string markdown, string tag, string text)
    {
        var element = Assert.Single(Render(markdown).QuerySelectorAll(tag));
        Assert.Equal(text, element.TextContent);
    }

    [Fact]
    public void Unordered_and_ordered_lists_render()
    {
        var document = Render("- apples\n- pears\n\n1. first\n2. second");

        Assert.Equal(["apples", "pears"], document.QuerySelectorAll("ul > li").Select(li => li.TextContent.Trim()));
        Assert.Equal(["first", "second"], document.QuerySelectorAll("ol > li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public void An_ordered_list_keeps_its_start_number()
    {
        var list = Assert.Single(Render("3. third\n4. fourth").QuerySelectorAll("ol"));
        Assert.Equal("3", list.GetAttribute("start"));
    }

    [Fact]
    public void Nested_lists_and_blockquotes_render()
    {
        var document = Render("> - outer\n>   - inner");

        Assert.Equal("inner", Assert.Single(document.QuerySelectorAll("blockquote > ul > li > ul > li")).TextContent.Trim());
    }

    [Fact]
    public void A_fenced_code_block_keeps_its_language_class_and_escapes_its_content()
    {
        var document = Render("```csharp\nif (a < b && c > d) { }\n```");

        var code = Assert.Single(document.QuerySelectorAll("pre > code"));
        Assert.Equal("language-csharp", code.GetAttribute("class"));
        Assert.Equal("if (a < b && c > d) { }\n", code.TextContent);
        Assert.Empty(code.Children);
    }

    [Fact]
    public void A_fenced_code_block_with_html_inside_shows_the_html_as_code()
    {
        var document = Render("```html\n<script>alert(1)</script>\n```");

        var code = Assert.Single(document.QuerySelectorAll("pre > code"));
        Assert.Equal("language-html", code.GetAttribute("class"));
        Assert.Equal("<script>alert(1)</script>\n", code.TextContent);
    }

    [Fact]
    public void An_indented_code_block_renders_without_a_class()
    {
        var code = Assert.Single(Render("    var x = 1;").QuerySelectorAll("pre > code"));
        Assert.False(code.HasAttribute("class"));
        Assert.Equal("var x = 1;\n", code.TextContent);
    }

    [Fact]
    public void A_pipe_table_renders()
    {
        var document = Render("| Name | Votes |\n|------|------:|\n| Ada | 12 |\n| Linus | 7 |");

        Assert.Single(document.QuerySelectorAll("table"));
        Assert.Equal(["Name", "Votes"], document.QuerySelectorAll("table > thead > tr > th").Select(th => th.TextContent));
        Assert.Equal(["Ada", "12", "Linus", "7"], document.QuerySelectorAll("table > tbody > tr > td").Select(td => td.TextContent));
    }

    [Theory]
    [InlineData("[the docs](https://example.com/docs)", "https://example.com/docs")]
    [InlineData("[plain http](http://example.com/)", "http://example.com/")]
    [InlineData("<https://example.com/auto>", "https://example.com/auto")]
    [InlineData("see https://example.com/bare for more", "https://example.com/bare")]
    [InlineData("see www.example.com for more", "http://www.example.com")]
    [InlineData("[ref][r]\n\n[r]: https://example.com/ref", "https://example.com/ref")]
    [InlineData("[relative](/questions/42)", "/questions/42")]
    [InlineData("[anchor](#answer-7)", "#answer-7")]
    public void Links_keep_their_href_and_get_rel_nofollow_ugc_noopener(string markdown, string href)
    {
        var link = Assert.Single(Render(markdown).QuerySelectorAll("a"));
        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal("nofollow ugc noopener", link.GetAttribute("rel"));
    }

    [Fact]
    public void A_link_title_is_kept()
    {
        var link = Assert.Single(Render("[x](https://example.com \"Example site\")").QuerySelectorAll("a"));
        Assert.Equal("Example site", link.GetAttribute("title"));
        Assert.Equal("x", link.TextContent);
    }

    [Fact]
    public void Every_link_of_a_post_gets_rel()
    {
        var links = Render("[a](https://a.example) and [b](https://b.example) and <mailto:c@example.com>").QuerySelectorAll("a");

        Assert.Equal(3, links.Length);
        Assert.All(links, link => Assert.Equal("nofollow ugc noopener", link.GetAttribute("rel")));
    }

    [Theory]
    [InlineData("[write to us](mailto:help@example.com)", "mailto:help@example.com")]
    [InlineData("<mailto:help@example.com>", "mailto:help@example.com")]
    [InlineData("<help@example.com>", "mailto:help@example.com")]
    [InlineData("[with subject](mailto:help@example.com?subject=Hi)", "mailto:help@example.com?subject=Hi")]
    public void Mailto_links_are_kept(string markdown, string href)
    {
        var link = Assert.Single(Render(markdown).QuerySelectorAll("a"));
        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal("nofollow ugc noopener", link.GetAttribute("rel"));
    }

    [Fact]
    public void The_forums_own_images_keep_their_src_and_alt()
    {
        var image = Assert.Single(Render("![a diagram](/images/0123456789abcdef0123456789abcdef)").Images);
        Assert.Equal("/images/0123456789abcdef0123456789abcdef", image.GetAttribute("src"));
        Assert.Equal("a diagram", image.AlternativeText);
        Assert.Equal("lazy", image.GetAttribute("loading"));
    }

    [Theory]
    [InlineData("![a diagram](https://example.com/diagram.png)", "https://example.com/diagram.png", "a diagram (image on example.com)")]
    [InlineData("![a diagram](http://example.com/diagram.png)", "http://example.com/diagram.png", "a diagram (image on example.com)")]
    [InlineData("![](https://tracker.example/pixel.gif)", "https://tracker.example/pixel.gif", "Image on tracker.example")]
    [InlineData("![a diagram](/uploads/diagram.png)", "/uploads/diagram.png", "a diagram (image)")]
    [InlineData("![a diagram](/images/../api/v1/members/me)", "/images/../api/v1/members/me", "a diagram (image)")]
    public void Other_images_are_links_never_loaded(string markdown, string href, string text)
    {
        var document = Render(markdown);
        Assert.Empty(document.Images);
        var link = Assert.Single(document.QuerySelectorAll("a"));
        Assert.Equal(href, link.GetAttribute("href"));
        Assert.Equal(text, link.TextContent);
        Assert.Equal("nofollow ugc noopener", link.GetAttribute("rel"));
    }

    [Fact]
    public void A_linked_image_from_another_site_leaves_the_link_with_the_images_description()
    {
        var document = Render("[![logo](https://example.com/logo.png)](https://example.com)");
        var link = Assert.Single(document.QuerySelectorAll("a"));
        Assert.Equal("https://example.com", link.GetAttribute("href"));
        Assert.Empty(document.Images);
        Assert.Equal("logo (image on example.com)", link.TextContent);
    }

    [Fact]
    public void Task_lists_render_disabled_checkboxes()
    {
        var document = Render("- [ ] open\n- [x] done");

        var list = Assert.Single(document.QuerySelectorAll("ul"));
        Assert.Equal("contains-task-list", list.GetAttribute("class"));
        var items = document.QuerySelectorAll("li");
        Assert.Equal(2, items.Length);
        Assert.All(items, item => Assert.Equal("task-list-item", item.GetAttribute("class")));

        var boxes = document.QuerySelectorAll("input").Cast<IHtmlInputElement>().ToList();
        Assert.Equal(2, boxes.Count);
        Assert.All(boxes, box =>
        {
            Assert.Equal("checkbox", box.Type);
            Assert.True(box.IsDisabled);
        });
        Assert.False(boxes[0].IsChecked);
        Assert.True(boxes[1].IsChecked);
        Assert.Equal(["open", "done"], items.Select(item => item.TextContent.Trim()));
    }

    [Fact]
    public void A_single_line_break_becomes_br()
    {
        var paragraph = Assert.Single(Render("first line\nsecond line").Body!.Children);
        Assert.Single(paragraph.QuerySelectorAll("br"));
        Assert.Equal("first line second line", XssVectors.CollapseWhitespace(paragraph.TextContent));
    }

    [Fact]
    public void Blockquote_and_thematic_break_render()
    {
        var document = Render("> quoted\n\n---\n\nafter");

        Assert.Equal("quoted", Assert.Single(document.QuerySelectorAll("blockquote")).TextContent.Trim());
        Assert.Single(document.QuerySelectorAll("hr"));
    }

    [Fact]
    public void Special_characters_in_text_are_escaped_not_interpreted()
    {
        var paragraph = Assert.Single(Render("Use a < b && c > d, or \"quotes\" and 'apostrophes'.").Body!.Children);
        Assert.Equal("Use a < b && c > d, or \"quotes\" and 'apostrophes'.", paragraph.TextContent);
        Assert.Empty(paragraph.Children);
    }

    [Fact]
    public void Classes_other_than_the_ones_markdown_needs_are_not_kept()
    {
        var document = Render("# Title\n\n- [ ] task\n\n```python\nx\n```\n\ntext");

        var classes = document.All.Where(e => e.HasAttribute("class")).Select(e => e.GetAttribute("class")).ToList();
        Assert.Equal(["contains-task-list", "task-list-item", "language-python"], classes);
    }
}
