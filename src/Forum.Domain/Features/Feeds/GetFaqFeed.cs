namespace Forum.Domain.Features.Feeds;

/// <summary>The feed of the official FAQ: published articles that are not archived, the latest updated first.</summary>
public sealed record GetFaqFeed : IRequest<Feed>;

public sealed class GetFaqFeedHandler(IForumDb db) : IRequestHandler<GetFaqFeed, Feed>
{
    public async Task<Feed> Handle(GetFaqFeed request, CancellationToken cancellationToken)
    {
        var rows = await db.FaqArticles.AsNoTracking().Where(a => a.PublishedAt != null && a.ArchivedAt == null)
            .OrderByDescending(a => a.UpdatedAt).ThenByDescending(a => a.Id).Take(FeedLimits.Entries)
            .Select(a => new
            {
                a.Title, Published = a.PublishedAt!.Value, a.UpdatedAt, a.Slug, Category = a.Category!.Name,
                Html = a.Revisions.Where(r => r.Number == a.CurrentRevisionNumber).Select(r => r.BodyHtml).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var entries = rows.Select(a => new FeedEntry(a.Title, "Forum team", a.Published, a.UpdatedAt, a.Html ?? "", FaqSlug: a.Slug, Categories: [a.Category])).ToList();
        return new Feed("Frequently asked questions", "Official answers from the forum's staff.", entries);
    }
}
