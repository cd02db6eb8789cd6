namespace Forum.Domain.Features.Faq;

/// <summary>The languages an article can be read in besides English: its approved translations.</summary>
public sealed record ListArticleTranslations(string Slug) : IRequest<IReadOnlyList<ArticleTranslation>>;

public sealed class ListArticleTranslationsHandler(IForumDb db) : IRequestHandler<ListArticleTranslations, IReadOnlyList<ArticleTranslation>>
{
    public async Task<IReadOnlyList<ArticleTranslation>> Handle(ListArticleTranslations request, CancellationToken cancellationToken) =>
        await db.FaqTranslations.AsNoTracking()
            .Where(t => t.Article!.Slug == request.Slug && t.CurrentRevisionNumber > 0)
            .OrderBy(t => t.Language)
            .Select(t => new ArticleTranslation(t.Language, t.Title, t.OutOfDateSince != null))
            .ToListAsync(cancellationToken);
}

public sealed record ArticleTranslation(string Language, string Title, bool IsOutOfDate);
