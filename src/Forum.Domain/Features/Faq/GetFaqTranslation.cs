namespace Forum.Domain.Features.Faq;

/// <summary>
/// A published article in another language, as its readers see it: the approved translation, and whether a significant
/// English change is missing from it (the page then points to the current English text).
/// </summary>
public sealed record GetFaqTranslation(string Slug, string Language) : IRequest<FaqTranslationPage>;

public sealed class GetFaqTranslationHandler(IForumDb db) : IRequestHandler<GetFaqTranslation, FaqTranslationPage>
{
    public async Task<FaqTranslationPage> Handle(GetFaqTranslation request, CancellationToken cancellationToken) =>
        await db.FaqTranslations.AsNoTracking()
            .Where(t => t.Article!.Slug == request.Slug && t.Language == request.Language && t.CurrentRevisionNumber > 0
                && t.Article.PublishedAt != null && t.Article.ArchivedAt == null)
            .Select(t => new FaqTranslationPage(
                t.Article!.Slug, t.Language, t.Title,
                t.Revisions.Where(r => r.Number == t.CurrentRevisionNumber).Select(r => r.BodyHtml).First(),
                t.Revisions.Where(r => r.Number == t.CurrentRevisionNumber).Select(r => r.Id).First(),
                t.Article.Title, t.Article.CurrentRevisionNumber,
                db.FaqRevisions.Where(r => r.Id == t.SourceRevisionId).Select(r => r.Number).First(),
                t.OutOfDateSince, t.UpdatedAt!.Value))
            .SingleOrDefaultAsync(cancellationToken)
        ?? throw new NotFoundException("The translation");
}

/// <param name="EnglishRevisionNumber">The article's current English revision.</param>
/// <param name="SourceRevisionNumber">The English revision the translation translates.</param>
/// <param name="OutOfDateSince">Since when a significant English change is missing from it; null while it is up to date.</param>
public sealed record FaqTranslationPage(
    string Slug, string Language, string Title, string BodyHtml, long RevisionId, string EnglishTitle, int EnglishRevisionNumber,
    int SourceRevisionNumber, DateTimeOffset? OutOfDateSince, DateTimeOffset UpdatedAt)
{
    public bool IsOutOfDate => OutOfDateSince is not null;
}
