namespace Forum.Domain.Features.Faq;

/// <summary>
/// What the "Promote to FAQ" editor opens with: a title and a short problem statement from the question, the
/// answer's text and the category. When the answer is already in the FAQ, that article instead.
/// </summary>
[RequiresMember(Roles = Roles.StaffOrAdmin)]
public sealed record GetPromotionDraft(int AnswerId) : IRequest<PromotionDraft>;

public sealed class GetPromotionDraftHandler(IForumDb db, IMediator mediator) : IRequestHandler<GetPromotionDraft, PromotionDraft>
{
    public async Task<PromotionDraft> Handle(GetPromotionDraft request, CancellationToken cancellationToken)
    {
        var publicAnswers = db.Answers.Where(ContentVisibility.IsPublicAnswer);
        var answer = await db.Answers.AsNoTracking().Where(a => a.Id == request.AnswerId)
            .Select(a => new
            {
                a.Id, a.BodyMarkdown, a.VerifiedAt, a.QuestionId,
                Removed = !publicAnswers.Any(p => p.Id == a.Id),
                a.Question!.Title, a.Question.Slug, QuestionBody = a.Question.BodyMarkdown, CategorySlug = a.Question.Category!.Slug,
                AuthorName = a.Author!.DisplayName,
                Existing = db.FaqArticles.Where(f => f.SourceAnswerId == a.Id).Select(f => f.Slug).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("The answer");
        var why = FaqRules.WhyNotPromotable(answer.Removed, answer.VerifiedAt is not null)?.Said;
        var categories = await mediator.Send(new ListCategories(), cancellationToken);
        return new PromotionDraft(answer.Id, answer.QuestionId, answer.Slug, answer.AuthorName, answer.Title, FaqRules.ProblemFrom(answer.QuestionBody),
            answer.BodyMarkdown, answer.CategorySlug, categories, answer.Existing, why);
    }
}

/// <summary>The editor's starting point; <see cref="ExistingSlug"/> when already promoted, <see cref="NotPromotableBecause"/> when it cannot be.</summary>
public sealed record PromotionDraft(
    int AnswerId, int QuestionId, string QuestionSlug, string AnswerAuthorName, string Title, string Problem, string Solution, string Category,
    IReadOnlyList<CategorySummary> Categories, string? ExistingSlug, Phrase? NotPromotableBecause);
