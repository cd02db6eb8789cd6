using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;

namespace Forum.Web.Feeds;

/// <summary>
/// RSS 2.0 (the default) and Atom 1.0 (<c>?format=atom</c>) feeds of the question lists, a category, a tag, a
/// question's answers and the FAQ, made with System.ServiceModel.Syndication. Every link in them is absolute under the
/// forum's public address, never the request's Host. They are public reads, output-cached like the anonymous pages.
/// </summary>
public static class FeedEndpoints
{
    public const string RssType = "application/rss+xml", AtomType = "application/atom+xml";

    public static void MapFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/feeds").CacheOutput(PageCaching.Policy).ExcludeFromDescription();
        feeds.MapGet("/questions", (string? tab, string? category, string? tag, string? format, HttpContext http, IMediator mediator, ForumLinks links, CancellationToken ct) =>
            WriteAsync(http, () => mediator.Send(new GetQuestionsFeed(tab, category, tag), ct), links.Questions, format, links));
        feeds.MapGet("/c/{category}", (string category, string? tab, string? format, HttpContext http, IMediator mediator, ForumLinks links, CancellationToken ct) =>
            WriteAsync(http, () => mediator.Send(new GetQuestionsFeed(tab, Category: category), ct), links.Category(category), format, links));
        feeds.MapGet("/tags/{tag}", (string tag, string? tab, string? format, HttpContext http, IMediator mediator, ForumLinks links, CancellationToken ct) =>
            WriteAsync(http, () => mediator.Send(new GetQuestionsFeed(tab, Tag: tag), ct), links.Tag(tag), format, links));
        feeds.MapGet("/questions/{id:int}", (int id, string? format, HttpContext http, IMediator mediator, ForumLinks links, CancellationToken ct) =>
            WriteAsync(http, () => mediator.Send(new GetAnswersFeed(id), ct), links.Question(id, ""), format, links));
        feeds.MapGet("/faq", (string? format, HttpContext http, IMediator mediator, ForumLinks links, CancellationToken ct) =>
            WriteAsync(http, () => mediator.Send(new GetFaqFeed(), ct), links.Faq, format, links));
    }

    /// <param name="read">Run only once the address is known to be good: a read begun for a refused request would still
    /// be using the request's database connection when the request ends.</param>
    private static async Task WriteAsync(HttpContext http, Func<Task<Feed>> read, string pagePath, string? format, ForumLinks links)
    {
        var atom = string.Equals(format, "atom", StringComparison.OrdinalIgnoreCase);
        if (format is not null && !atom && !string.Equals(format, "rss", StringComparison.OrdinalIgnoreCase))
            throw new Forum.Domain.Common.RuleViolationException("format", "A feed comes as rss or atom.", Phrase.Of("Problem.FeedFormat"));
        var feed = await read();
        var syndication = new SyndicationFeed(feed.Title, feed.Description ?? feed.Title, new Uri(links.Absolute(pagePath)))
        {
            Id = links.Absolute(http.Request.Path + http.Request.QueryString),
            LastUpdatedTime = feed.Entries.Count > 0 ? feed.Entries.Max(e => e.Updated) : DateTimeOffset.UnixEpoch,
            Items = feed.Entries.Select(entry => Item(entry, links)).ToList(),
        };
        syndication.Links.Add(SyndicationLink.CreateSelfLink(new Uri(links.Absolute(http.Request.Path + http.Request.QueryString)), atom ? AtomType : RssType));

        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false }))
        {
            if (atom)
                new Atom10FeedFormatter(syndication).WriteTo(writer);
            else
                new Rss20FeedFormatter(syndication, serializeExtensionsAsAtom: true).WriteTo(writer);
        }
        http.Response.ContentType = (atom ? AtomType : RssType) + "; charset=utf-8";
        http.Response.ContentLength = buffer.Length;
        await http.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), http.RequestAborted);
    }

    private static SyndicationItem Item(FeedEntry entry, ForumLinks links)
    {
        var path = entry switch
        {
            { FaqSlug: { } slug } => links.FaqArticle(slug),
            { AnswerId: { } answer } => links.Answer(entry.QuestionId!.Value, entry.QuestionSlug ?? "", answer),
            _ => links.Question(entry.QuestionId!.Value, entry.QuestionSlug ?? ""),
        };
        var link = links.Absolute(path);
        var item = new SyndicationItem(entry.Title, SyndicationContent.CreateHtmlContent(entry.Html), new Uri(link), link, entry.Updated)
        {
            PublishDate = entry.Published,
        };
        item.Authors.Add(new SyndicationPerson { Name = entry.AuthorName });
        foreach (var category in entry.Categories ?? [])
            item.Categories.Add(new SyndicationCategory(category));
        return item;
    }
}
