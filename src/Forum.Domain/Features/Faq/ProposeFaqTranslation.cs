namespace Forum.Domain.Features.Faq;

/// <summary>
/// A localizer (the reputation for it or the Localizer role) or staff propose a translation of a published article; it
/// waits for staff review like an English revision. <paramref name="SourceRevisionId"/> is the English revision it
/// translates; <paramref name="BaseRevisionId"/> the approved translation it was edited from (none for the first).
/// </summary>
[RequiresMember]
public sealed record ProposeFaqTranslation(string Slug, string Language, string Title, string Body, string? Summary, long SourceRevisionId,
    long? BaseRevisionId = null) : IRequest<ProposedTranslation>;

public sealed class ProposeFaqTranslationValidator : AbstractValidator<ProposeFaqTranslation>
{
    public ProposeFaqTranslationValidator(IForumTexts texts)
    {
        RuleFor(x => x.Slug).ValidSlug(texts);
        RuleFor(x => x.Language).TranslationLanguage(texts);
        RuleFor(x => x.Title).ValidTranslationTitle(texts);
        RuleFor(x => x.Body).ValidBody(texts);
        RuleFor(x => x.Summary).ValidSummary(texts);
        RuleFor(x => x.SourceRevisionId).GreaterThan(0).Says(texts, "Validation.Faq.SourceRevision");
    }
}

public sealed class ProposeFaqTranslationHandler(IForumDb db, ICurrentUser user, TimeProvider clock, IMarkdownRenderer markdown, ReputationRules rules)
    : IRequestHandler<ProposeFaqTranslation, ProposedTranslation>
{
    public async Task<ProposedTranslation> Handle(ProposeFaqTranslation request, CancellationToken cancellationToken)
    {
        var article = await db.FindArticleAsync(request.Slug, user, cancellationToken);
        var proposer = await db.CurrentMemberAsync(user, cancellationToken);
        FaqTranslationRules.EnsureMayTranslate(user, proposer, rules);
        if (!article.IsPublished || article.IsArchived)
            throw new ConflictException("Only published articles that are not archived are translated.", said: Phrase.Of("Problem.TranslateOnlyPublished"));
        var source = await db.FaqRevisions.SingleOrDefaultAsync(
                r => r.Id == request.SourceRevisionId && r.ArticleId == article.Id && r.Status == FaqRevisionStatus.Approved, cancellationToken)
            ?? throw new RuleViolationException(nameof(request.SourceRevisionId), "That revision is not an approved revision of this article.", Phrase.Of("Problem.NotAnApprovedRevision"));

        var translation = await db.FaqTranslations.SingleOrDefaultAsync(t => t.ArticleId == article.Id && t.Language == request.Language, cancellationToken);
        if (translation is null)
            db.FaqTranslations.Add(translation = new FaqTranslation(article, request.Language));
        else
            await db.LoadCurrentTranslationAsync(translation, cancellationToken);
        FaqTranslationRules.EnsureCurrent(translation, request.BaseRevisionId);
        if (translation.Id != 0 && await db.FaqTranslationRevisions.AnyAsync(
                r => r.TranslationId == translation.Id && r.ProposedById == proposer.Id && r.Status == FaqRevisionStatus.Proposed, cancellationToken))
            throw new ConflictException("You already have a translation of this article waiting for review.", said: Phrase.Of("Problem.TranslationAlreadyWaiting"));

        var body = Text.CleanBody(request.Body);
        var revision = translation.Propose(Text.CleanLine(request.Title), body, markdown.ToSafeHtml(body), Text.CleanLine(request.Summary),
            proposer.Id, source, translation.CurrentRevision?.Id, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new ProposedTranslation(revision.Id, revision.Number);
    }
}

public sealed record ProposedTranslation(long RevisionId, int Number);
