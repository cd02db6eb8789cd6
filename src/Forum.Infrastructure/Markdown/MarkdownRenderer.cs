using AngleSharp.Dom;
using Ganss.Xss;
using Markdig;

namespace Forum.Infrastructure.Markdown;

/// <summary>
/// Markdown to safe HTML in two independent layers: Markdig with raw HTML disabled (so typed tags come out
/// as text), then an allow-list sanitizer over the result (so nothing Markdig emits can carry script either).
/// </summary>
public sealed class MarkdownRenderer : IMarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseTaskLists()
        .UseSoftlineBreakAsHardlineBreak()
        .Build();

    private static readonly string[] AllowedTags =
    [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "ins", "sub", "sup", "mark", "code", "pre", "kbd",
        "blockquote", "ul", "ol", "li", "a", "img", "table", "thead", "tbody", "tr", "th", "td", "input",
    ];

    private static readonly string[] AllowedAttributes = ["href", "title", "src", "alt", "class", "start", "type", "checked", "disabled", "align"];

    private readonly HtmlSanitizer _sanitizer;

    public MarkdownRenderer()
    {
        _sanitizer = new HtmlSanitizer(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(AllowedTags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(AllowedAttributes, StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
        });
        _sanitizer.PostProcessNode += (_, e) => Harden(e.Node);
    }

    public string ToSafeHtml(string markdown)
    {
        string html;
        try
        {
            html = Markdig.Markdown.ToHtml(markdown ?? "", Pipeline);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig stops at 128 nested containers (quotes, lists and their items, brackets): 128 quote levels, 64 of lists.
            throw new RuleViolationException(IMarkdownRenderer.Field,
                "This text puts quotes, lists or brackets inside one another too many levels deep to show; flatten the nesting.",
                Phrase.Of("Problem.NestedTooDeep"));
        }
        return _sanitizer.Sanitize(html);
    }

    private static bool IsOwnImage(string? src) => src is not null && PostImages.IsImageUrl(src);

    /// <summary>
    /// An image from another site is shown as a link to it, never loaded: loading it would tell that site who reads the
    /// post and when (a tracking pixel), and what it shows could change after moderation.
    /// </summary>
    private static void ReplaceWithLink(IElement image)
    {
        var src = image.GetAttribute("src");
        var alt = image.GetAttribute("alt")?.Trim();
        var where = Uri.TryCreate(src, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? $"image on {uri.Host}" : "image";
        var text = string.IsNullOrEmpty(alt) ? char.ToUpperInvariant(where[0]) + where[1..] : $"{alt} ({where})";
        if (string.IsNullOrEmpty(src) || image.Closest("a") is not null)
        {
            // No address left after sanitizing, or already inside a link (which must not hold another): the words alone.
            image.Replace(image.Owner!.CreateTextNode(string.IsNullOrEmpty(src) ? alt ?? "" : text));
            return;
        }
        var link = image.Owner!.CreateElement("a");
        link.SetAttribute("href", src);
        link.SetAttribute("rel", "nofollow ugc noopener");
        link.TextContent = text;
        image.Replace(link);
    }

    private static void Harden(INode node)
    {
        if (node is not IElement element)
            return;
        switch (element.LocalName)
        {
            case "a":
                element.SetAttribute("rel", "nofollow ugc noopener");
                break;
            case "input" when element.GetAttribute("type") != "checkbox":
                element.Remove();
                return;
            case "input":
                element.SetAttribute("disabled", "disabled");
                break;
            case "img" when IsOwnImage(element.GetAttribute("src")):
                element.SetAttribute("loading", "lazy");
                break;
            case "img":
                ReplaceWithLink(element);
                return;
        }
        if (element.GetAttribute("class") is { } classes && !classes.StartsWith("language-", StringComparison.Ordinal) && classes != "contains-task-list" && classes != "task-list-item")
            element.RemoveAttribute("class");
    }
}
