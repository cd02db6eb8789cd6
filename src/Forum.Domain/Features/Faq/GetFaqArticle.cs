namespace Forum.Domain.Features.Faq;

/// <summary>
/// An FAQ article as its page shows it: the current approved text, the credit, related solved questions (ranked in the
/// background and stored, <see cref="RankFaqRelatedQuestions"/>) and what the viewer may do. An archived article says
/// so and shows no text; staff also see the feedback counts.
/// </summary>
public sealed record GetFaqArticle(string Slug) : IRequest<FaqArticlePage>;

public sealed class GetFaqArticleHandler(IForumDb db, ICurrentUser user, ReputationRules rules) : IRequestHandler<GetFaqArticle, FaqArticlePage>
{
    private const int RelatedCount = 5;

    public async Task<FaqArticlePage> Handle(GetFaqArticle request, CancellationToken cancellationToken)
    {
        var isStaff = Roles.IsStaff(user);
        var publicQuestions = db.Questions.Where(ContentVisibility.IsPublicQuestion);
        var article = await db.FaqArticles.AsNoTracking()
            .Where(a => a.Slug == request.Slug && (isStaff || a.PublishedAt != null))
            .Select(a => new FaqArticleDetail(a.Id, a.Slug, a.Title, a.Category!.Name, a.Category.Slug,
                a.Revisions.Where(r => r.Number == a.CurrentRevisionNumber).Select(r => r.Id).FirstOrDefault(), a.CurrentRevisionNumber,
                a.Revisions.Where(r => r.Number == a.CurrentRevisionNumber).Select(r => r.BodyMarkdown).FirstOrDefault() ?? "",
                a.Revisions.Where(r => r.Number == a.CurrentRevisionNumber).Select(r => r.BodyHtml).FirstOrDefault() ?? "",
                a.CreatedAt, a.UpdatedAt, a.PublishedAt, a.ArchivedAt,
                a.CreditedMemberId == null ? null : new FaqCredit(a.CreditedMemberId, a.CreditedMember!.DisplayName, a.CreditedMember.Role),
                a.SourceQuestionId, a.SourceAnswerId,
                publicQuestions.Where(q => q.Id == a.SourceQuestionId).Select(q => q.Slug).FirstOrDefault()))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("The FAQ article");
        if (article.ArchivedAt is not null && !isStaff)
            article = article with { BodyMarkdown = "", BodyHtml = "" };

        var related = await RelatedQuestionsAsync(article, cancellationToken);
        var viewer = await LoadViewerAsync(article, isStaff, cancellationToken);
        var feedback = isStaff ? await FaqFeedbackCounts.ForArticleAsync(db, article.Id, cancellationToken) : null;
        return new FaqArticlePage(article, related, viewer, feedback);
    }

    /// <summary>
    /// The article's stored list (<see cref="RankFaqRelatedQuestions"/>), as its questions are now: only those still public
    /// and solved, and none retitled since the list was ranked (until it is ranked again).
    /// </summary>
    private Task<List<RelatedQuestion>> RelatedQuestionsAsync(FaqArticleDetail article, CancellationToken ct) => (
            from a in db.FaqArticles
            where a.Id == article.Id
            from r in db.FaqRelatedQuestions
            where r.ArticleId == a.Id
            join q in db.Questions.Where(ContentVisibility.IsPublicQuestion) on r.QuestionId equals q.Id
            where q.Status == QuestionStatus.Solved && (q.EditedAt == null || q.EditedAt < a.RelatedQuestionsRankedAt)
            orderby r.Position
            select new RelatedQuestion(q.Id, q.Slug, q.Title, q.AnswerCount))
        .AsNoTracking().Take(RelatedCount).ToListAsync(ct);

    private async Task<FaqViewer> LoadViewerAsync(FaqArticleDetail article, bool isStaff, CancellationToken ct)
    {
        if (user.UserId is not { } userId)
            return FaqViewer.Anonymous;
        var reputation = await db.Members.Where(m => m.Id == userId).Select(m => m.Reputation).SingleOrDefaultAsync(ct);
        var mine = await db.ArticleFeedback.AsNoTracking().Where(f => f.ArticleId == article.Id && f.MemberId == userId)
            .Select(f => new FeedbackResult(f.Helpful, f.Reason)).SingleOrDefaultAsync(ct);
        var pending = await db.FaqRevisions.AsNoTracking()
            .Where(r => r.ArticleId == article.Id && r.ProposedById == userId && r.Status == FaqRevisionStatus.Proposed)
            .Select(r => (long?)r.Id).FirstOrDefaultAsync(ct);
        var canPropose = article.ArchivedAt is null && (isStaff || reputation >= rules.ProposeFaqRevisionPrivilege);
        return new FaqViewer(userId, isStaff, canPropose, mine, pending);
    }
}

public sealed record FaqCredit(string MemberId, string DisplayName, MemberRole Role = MemberRole.Member);

public sealed record FaqArticleDetail(
    int Id, string Slug, string Title, string CategoryName, string CategorySlug, long CurrentRevisionId, int CurrentRevisionNumber,
    string BodyMarkdown, string BodyHtml, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? PublishedAt, DateTimeOffset? ArchivedAt,
    FaqCredit? BasedOnAnswerBy, int? SourceQuestionId, int? SourceAnswerId, string? SourceQuestionSlug)
{
    public bool IsDraft => PublishedAt is null;
    public bool IsArchived => ArchivedAt is not null;
}

public sealed record RelatedQuestion(int Id, string Slug, string Title, int AnswerCount);

/// <summary>What the person looking at the article may do; <see cref="PendingRevisionId"/> is their own edit waiting for review.</summary>
public sealed record FaqViewer(string? MemberId, bool IsStaff, bool CanProposeEdit, FeedbackResult? MyFeedback, long? PendingRevisionId)
{
    public static readonly FaqViewer Anonymous = new(null, false, false, null, null);
}

public sealed record FaqArticlePage(FaqArticleDetail Article, IReadOnlyList<RelatedQuestion> RelatedQuestions, FaqViewer Viewer, FeedbackCounts? Feedback);
