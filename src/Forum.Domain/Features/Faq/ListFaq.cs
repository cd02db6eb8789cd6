namespace Forum.Domain.Features.Faq;

/// <summary>The FAQ index by category: published articles (staff also see drafts); archived ones are gone from it.</summary>
public sealed record ListFaq(string? Category = null) : IRequest<FaqIndex>;

public sealed class ListFaqHandler(IForumDb db, ICurrentUser user) : IRequestHandler<ListFaq, FaqIndex>
{
    public async Task<FaqIndex> Handle(ListFaq request, CancellationToken cancellationToken)
    {
        var isStaff = Roles.IsStaff(user);
        var articles = await db.FaqArticles.AsNoTracking()
            .Where(a => a.ArchivedAt == null && (isStaff || a.PublishedAt != null))
            .Where(a => request.Category == null || a.Category!.Slug == request.Category)
            .OrderBy(a => a.Category!.SortOrder).ThenBy(a => a.CategoryId).ThenBy(a => a.Title)
            .Select(a => new FaqArticleSummary(a.Id, a.Slug, a.Title, a.Category!.Name, a.Category.Slug, a.UpdatedAt, a.PublishedAt == null))
            .ToListAsync(cancellationToken);
        var groups = articles.GroupBy(a => (a.CategoryName, a.CategorySlug))
            .Select(g => new FaqCategoryGroup(g.Key.CategoryName, g.Key.CategorySlug, g.ToList())).ToList();
        var pending = isStaff ? await db.FaqRevisions.CountAsync(r => r.Status == Entities.FaqRevisionStatus.Proposed, cancellationToken) : 0;
        return new FaqIndex(groups, articles.Count, isStaff, pending);
    }
}

public sealed record FaqArticleSummary(int Id, string Slug, string Title, string CategoryName, string CategorySlug, DateTimeOffset UpdatedAt, bool IsDraft);

public sealed record FaqCategoryGroup(string Name, string Slug, IReadOnlyList<FaqArticleSummary> Articles);

public sealed record FaqIndex(IReadOnlyList<FaqCategoryGroup> Categories, int Total, bool ViewerIsStaff, int PendingRevisions);
