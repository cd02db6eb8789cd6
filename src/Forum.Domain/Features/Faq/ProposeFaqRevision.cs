namespace Forum.Domain.Features.Faq;

/// <summary>
/// A trusted member (500+ reputation) or staff propose a new text for an article, which waits for staff review.
/// <paramref name="BaseRevisionId"/> is the revision the edit started from; if a newer one has been approved
/// since, the edit is refused with the newer text, so that nothing is lost. <paramref name="Significant"/> says that
/// the change matters to readers: once approved, the article's translations are out of date.
/// </summary>
[RequiresMember]
public sealed record ProposeFaqRevision(string Slug, string Body, string? Summary, long BaseRevisionId, bool Significant = false) : IRequest<ProposedRevision>;

public sealed class ProposeFaqRevisionValidator : AbstractValidator<ProposeFaqRevision>
{
    public ProposeFaqRevisionValidator(IForumTexts texts)
    {
        RuleFor(x => x.Slug).ValidSlug(texts);
        RuleFor(x => x.Body).ValidBody(texts);
        RuleFor(x => x.Summary).ValidSummary(texts);
        RuleFor(x => x.BaseRevisionId).GreaterThan(0).Says(texts, "Validation.Faq.BaseRevision");
    }
}

public sealed class ProposeFaqRevisionHandler(IForumDb db, ICurrentUser user, TimeProvider clock, IMarkdownRenderer markdown, ReputationRules rules)
    : IRequestHandler<ProposeFaqRevision, ProposedRevision>
{
    public async Task<ProposedRevision> Handle(ProposeFaqRevision request, CancellationToken cancellationToken)
    {
        var article = await db.FindArticleAsync(request.Slug, user, cancellationToken);
        var proposer = await db.CurrentMemberAsync(user, cancellationToken);
        if (!Roles.IsStaff(user) && proposer.Reputation < rules.ProposeFaqRevisionPrivilege)
            throw new ForbiddenException($"You need {rules.ProposeFaqRevisionPrivilege} reputation to propose changes to FAQ articles.", Phrase.Of("Problem.ProposeFaqPrivilege", rules.ProposeFaqRevisionPrivilege));
        if (article.IsArchived)
            throw new ConflictException("This article is archived; it takes no more changes.", said: Phrase.Of("Problem.ArticleArchived"));
        if (!await db.FaqRevisions.AnyAsync(r => r.Id == request.BaseRevisionId && r.ArticleId == article.Id && r.Status == FaqRevisionStatus.Approved, cancellationToken))
            throw new RuleViolationException(nameof(request.BaseRevisionId), "That revision is not an approved revision of this article.", Phrase.Of("Problem.NotAnApprovedRevision"));
        FaqStaleness.EnsureCurrent(article, request.BaseRevisionId);
        if (await db.FaqRevisions.AnyAsync(r => r.ArticleId == article.Id && r.ProposedById == proposer.Id && r.Status == FaqRevisionStatus.Proposed, cancellationToken))
            throw new ConflictException("You already have a change to this article waiting for review.", said: Phrase.Of("Problem.ChangeAlreadyWaiting"));

        var body = Text.CleanBody(request.Body);
        if (body == article.CurrentRevision!.BodyMarkdown)
            throw new RuleViolationException(nameof(request.Body), "Your text is the same as the current one.", Phrase.Of("Problem.SameAsCurrentText"));
        var summary = Text.CleanLine(request.Summary);
        var revision = article.Propose(body, markdown.ToSafeHtml(body), summary, proposer.Id, request.BaseRevisionId, clock.GetUtcNow(), request.Significant);
        await db.SaveChangesAsync(cancellationToken);
        return new ProposedRevision(revision.Id, revision.Number);
    }
}

public sealed record ProposedRevision(long RevisionId, int Number);

public static class FaqStaleness
{
    /// <summary>Refuses an edit based on an older revision than the current one, handing back the current text.</summary>
    public static void EnsureCurrent(FaqArticle article, long? baseRevisionId)
    {
        var current = article.CurrentRevision!;
        if (baseRevisionId == current.Id)
            return;
        throw new ConflictException(
            "The article was changed after this edit was started. Compare with the newer text below and edit again from it.",
            said: Phrase.Of("Problem.ArticleChangedMeanwhile"),
            details: new Dictionary<string, object?>
            {
                ["currentRevisionId"] = current.Id,
                ["currentRevisionNumber"] = current.Number,
                ["currentBody"] = current.BodyMarkdown,
                ["currentSummary"] = current.Summary,
            });
    }
}
