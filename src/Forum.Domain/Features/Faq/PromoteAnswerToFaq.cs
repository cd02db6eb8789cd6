namespace Forum.Domain.Features.Faq;

/// <summary>
/// Staff turn a staff-verified answer into an FAQ article, published now or kept as a draft. Whatever is left
/// out is taken from the thread: the question's title and category, and a body made of a short problem
/// statement (<paramref name="Problem"/>, by default the question's first paragraph; "" for none) and the
/// answer's text. An answer already in the FAQ leads to its article instead of a copy.
/// </summary>
[RequiresMember(Roles = Roles.StaffOrAdmin)]
public sealed record PromoteAnswerToFaq(int AnswerId, bool Publish, string? Title = null, string? Body = null, string? Category = null, string? Problem = null)
    : IRequest<PromotionResult>;

public sealed class PromoteAnswerToFaqValidator : AbstractValidator<PromoteAnswerToFaq>
{
    public PromoteAnswerToFaqValidator(IForumTexts texts)
    {
        RuleFor(x => x.Title!).ValidTitle(texts).When(x => x.Title is not null);
        RuleFor(x => x.Body!).ValidBody(texts).When(x => x.Body is not null);
        RuleFor(x => x.Problem).Must(p => Text.CleanBody(p).Length <= FaqRules.ProblemMax)
            .Says(texts, "Validation.Faq.ProblemLength", FaqRules.ProblemMax);
        RuleFor(x => x.Category!).ValidSlug(texts).When(x => x.Category is not null).Says(texts, "Validation.Ask.Category");
    }
}

public sealed class PromoteAnswerToFaqHandler(
    IForumDb db, ICurrentUser user, TimeProvider clock, IMarkdownRenderer markdown, ReputationLedger ledger, ReputationRules rules, Notifier notifier)
    : IRequestHandler<PromoteAnswerToFaq, PromotionResult>
{
    public async Task<PromotionResult> Handle(PromoteAnswerToFaq request, CancellationToken cancellationToken)
    {
        var existing = await db.FaqArticles.AsNoTracking().Where(a => a.SourceAnswerId == request.AnswerId)
            .Select(a => new PromotionResult(a.Id, a.Slug, false)).SingleOrDefaultAsync(cancellationToken);
        if (existing is not null)
            return existing;

        var answer = await db.FindVisibleAnswerAsync(request.AnswerId, user, cancellationToken, includeDeleted: true);
        if (FaqRules.WhyNotPromotable(!answer.IsPublic || !answer.Question!.IsPublic, answer.IsVerified) is { } refusal)
            throw refusal;
        var question = answer.Question!;
        var category = await db.Categories.SingleOrDefaultAsync(c => request.Category == null ? c.Id == question.CategoryId : c.Slug == request.Category, cancellationToken)
            ?? throw new RuleViolationException(nameof(request.Category), $"There is no category '{request.Category}'.", Phrase.Of("Problem.NoSuchCategory", request.Category));

        var title = Text.CleanLine(request.Title ?? question.Title);
        var solution = Text.CleanBody(request.Body ?? answer.BodyMarkdown);
        var problem = Text.CleanBody(request.Problem ?? (request.Body is null ? FaqRules.ProblemFrom(question.BodyMarkdown) : ""));
        var body = FaqRules.ComposeBody(problem, solution);
        FaqRules.EnsureBodyLength(body);

        var now = clock.GetUtcNow();
        var article = new FaqArticle(title, await FaqRules.AllocateSlugAsync(db, title, cancellationToken), category, answer, user.UserId!, now);
        article.StartWith(body, markdown.ToSafeHtml(body), "Promoted from a staff-verified answer.", now);
        db.FaqArticles.Add(article);
        if (request.Publish)
            await PublishAsync(article, answer, db, ledger, rules, notifier, user.UserId!, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new PromotionResult(article.Id, article.Slug, true);
    }

    /// <summary>Publishes the article; the first time, the credited answer's author earns the promotion reputation and is told.</summary>
    internal static async Task PublishAsync(
        FaqArticle article, Answer? source, IForumDb db, ReputationLedger ledger, ReputationRules rules, Notifier notifier, string staffId, DateTimeOffset now, CancellationToken ct)
    {
        if (!article.Publish(now) || source is null || source.IsAuthoredBy(staffId))
            return;
        var alreadyCredited = await db.ReputationEvents.AnyAsync(e => e.PostType == PostType.Answer && e.PostId == source.Id
            && e.Reason == ReputationReason.AnswerPromotedToFaq && !e.IsReversed, ct);
        if (alreadyCredited)
            return;
        await ledger.AwardAsync(source.AuthorId, rules.AnswerPromotedToFaq, ReputationReason.AnswerPromotedToFaq, source, staffId, ct);
        await notifier.AnswerPromotedAsync(source.AuthorId, article, ct);
    }
}

/// <summary>The article an answer was promoted into; <see cref="Created"/> is false when it already existed.</summary>
public sealed record PromotionResult(int ArticleId, string Slug, bool Created);
