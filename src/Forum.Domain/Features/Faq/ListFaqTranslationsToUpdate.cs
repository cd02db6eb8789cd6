namespace Forum.Domain.Features.Faq;

/// <summary>
/// "Needs update": the translations a significant English change left out of date, longest first, for localizers.
/// </summary>
[RequiresMember]
public sealed record ListFaqTranslationsToUpdate(string? Language = null) : IRequest<IReadOnlyList<TranslationToUpdate>>;

public sealed class ListFaqTranslationsToUpdateValidator : AbstractValidator<ListFaqTranslationsToUpdate>
{
    public ListFaqTranslationsToUpdateValidator(IForumTexts texts) => RuleFor(x => x.Language!).TranslationLanguage(texts).When(x => x.Language is not null);
}

public sealed class ListFaqTranslationsToUpdateHandler(IForumDb db) : IRequestHandler<ListFaqTranslationsToUpdate, IReadOnlyList<TranslationToUpdate>>
{
    private const int ListLength = 100;

    public async Task<IReadOnlyList<TranslationToUpdate>> Handle(ListFaqTranslationsToUpdate request, CancellationToken cancellationToken) =>
        await db.FaqTranslations.AsNoTracking()
            .Where(t => t.OutOfDateSince != null && (request.Language == null || t.Language == request.Language)
                && t.Article!.PublishedAt != null && t.Article.ArchivedAt == null)
            .OrderBy(t => t.OutOfDateSince).ThenBy(t => t.Id).Take(ListLength)
            .Select(t => new TranslationToUpdate(t.Article!.Slug, t.Article.Title, t.Language, t.Title, t.OutOfDateSince!.Value,
                db.FaqRevisions.Where(r => r.Id == t.SourceRevisionId).Select(r => r.Number).First(), t.Article.CurrentRevisionNumber))
            .ToListAsync(cancellationToken);
}

public sealed record TranslationToUpdate(string Slug, string EnglishTitle, string Language, string Title, DateTimeOffset OutOfDateSince,
    int SourceRevisionNumber, int EnglishRevisionNumber);
