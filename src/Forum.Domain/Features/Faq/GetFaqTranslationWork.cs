namespace Forum.Domain.Features.Faq;

/// <summary>
/// What a localizer translates from: the current English text, the approved translation (if any) and, when that
/// translates an older English revision, the English changes since then.
/// </summary>
[RequiresMember]
public sealed record GetFaqTranslationWork(string Slug, string Language) : IRequest<FaqTranslationWork>;

public sealed class GetFaqTranslationWorkValidator : AbstractValidator<GetFaqTranslationWork>
{
    public GetFaqTranslationWorkValidator(IForumTexts texts)
    {
        RuleFor(x => x.Slug).ValidSlug(texts);
        RuleFor(x => x.Language).TranslationLanguage(texts);
    }
}

public sealed class GetFaqTranslationWorkHandler(IForumDb db, ICurrentUser user, ReputationRules rules) : IRequestHandler<GetFaqTranslationWork, FaqTranslationWork>
{
    public async Task<FaqTranslationWork> Handle(GetFaqTranslationWork request, CancellationToken cancellationToken)
    {
        var english = await db.FaqArticles.AsNoTracking()
            .Where(a => a.Slug == request.Slug && a.PublishedAt != null && a.ArchivedAt == null)
            .Select(a => new { a.Id, a.Title, Current = a.Revisions.Where(r => r.Number == a.CurrentRevisionNumber).Select(r => new { r.Id, r.Number, r.BodyMarkdown }).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("The FAQ article");
        var translation = await db.FaqTranslations.AsNoTracking()
            .Where(t => t.ArticleId == english.Id && t.Language == request.Language && t.CurrentRevisionNumber > 0)
            .Select(t => new
            {
                t.OutOfDateSince,
                Current = t.Revisions.Where(r => r.Number == t.CurrentRevisionNumber)
                    .Select(r => new { r.Id, r.Title, r.BodyMarkdown, Source = new { r.SourceRevision!.Id, r.SourceRevision.Number, r.SourceRevision.BodyMarkdown } }).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        var reputation = await db.Members.Where(m => m.Id == user.UserId).Select(m => m.Reputation).SingleAsync(cancellationToken);

        var current = translation?.Current;
        var source = english.Current!;
        IReadOnlyList<DiffLine> changes = current is null || current.Source.Id == source.Id ? [] : TextDiff.Compare(current.Source.BodyMarkdown, source.BodyMarkdown);
        return new FaqTranslationWork(request.Slug, request.Language, english.Title, source.Id, source.Number, source.BodyMarkdown,
            current?.Id, current?.Title, current?.BodyMarkdown, current?.Source.Number, translation?.OutOfDateSince, changes,
            FaqTranslationRules.MayTranslate(user, reputation, rules));
    }
}

/// <param name="EnglishRevisionId">The English revision to name as the translation's source when proposing.</param>
/// <param name="TranslationRevisionId">The approved translation to name as the base when proposing; null for a first translation.</param>
/// <param name="SourceRevisionNumber">The English revision the approved translation translates.</param>
/// <param name="EnglishChanges">The English changes since <paramref name="SourceRevisionNumber"/>; empty when it is the current one.</param>
/// <param name="MayTranslate">The viewer may propose a translation.</param>
public sealed record FaqTranslationWork(
    string Slug, string Language, string EnglishTitle, long EnglishRevisionId, int EnglishRevisionNumber, string EnglishMarkdown,
    long? TranslationRevisionId, string? TranslationTitle, string? TranslationMarkdown, int? SourceRevisionNumber, DateTimeOffset? OutOfDateSince,
    IReadOnlyList<DiffLine> EnglishChanges, bool MayTranslate);
