namespace Forum.Domain.Features.Faq;

/// <summary>
/// For staff: how helpful each article is (yes / no and why), the least helpful ones, and which articles fail to
/// deflect questions (askers were shown them, or even opened them, and posted anyway).
/// </summary>
[RequiresMember(Roles = Roles.StaffOrAdmin)]
public sealed record GetFaqReport : IRequest<FaqReport>;

public sealed class GetFaqReportHandler(IForumDb db) : IRequestHandler<GetFaqReport, FaqReport>
{
    private const int ListLength = 10;

    public async Task<FaqReport> Handle(GetFaqReport request, CancellationToken cancellationToken)
    {
        var articles = await db.FaqArticles.AsNoTracking().OrderBy(a => a.Title)
            .Select(a => new { a.Id, a.Slug, a.Title, a.PublishedAt, a.ArchivedAt }).ToListAsync(cancellationToken);
        var feedback = await FaqFeedbackCounts.GroupedAsync(db.ArticleFeedback.AsNoTracking(), cancellationToken);
        var trail = await db.AskSuggestions.AsNoTracking().Where(s => s.Kind == SuggestionKind.Faq)
            .GroupBy(s => s.TargetId)
            .Select(g => new { ArticleId = g.Key, Seen = g.Count(), Opened = g.Count(s => s.Opened) })
            .ToDictionaryAsync(x => x.ArticleId, cancellationToken);

        var rows = articles.Select(a =>
        {
            var counts = FaqFeedbackCounts.From(feedback.Where(f => f.ArticleId == a.Id));
            trail.TryGetValue(a.Id, out var t);
            return new FaqReportRow(a.Id, a.Slug, a.Title, a.PublishedAt is null, a.ArchivedAt is not null, counts, t?.Seen ?? 0, t?.Opened ?? 0);
        }).ToList();
        var leastHelpful = rows.Where(r => r.Feedback.Total > 0)
            .OrderByDescending(r => r.Feedback.NotHelpfulShare).ThenByDescending(r => r.Feedback.NotHelpful).ThenBy(r => r.Title)
            .Take(ListLength).ToList();
        var failingToDeflect = rows.Where(r => r.SeenBeforeAsking > 0)
            .OrderByDescending(r => r.OpenedBeforeAsking).ThenByDescending(r => r.SeenBeforeAsking).ThenBy(r => r.Title)
            .Take(ListLength).ToList();
        return new FaqReport(rows, leastHelpful, failingToDeflect);
    }
}

public sealed record FaqReportRow(int Id, string Slug, string Title, bool IsDraft, bool IsArchived, FeedbackCounts Feedback, int SeenBeforeAsking, int OpenedBeforeAsking);

public sealed record FaqReport(IReadOnlyList<FaqReportRow> Articles, IReadOnlyList<FaqReportRow> LeastHelpful, IReadOnlyList<FaqReportRow> FailingToDeflect);

/// <summary>Yes / no counts and the reasons given with "No".</summary>
public sealed record FeedbackCounts(int Helpful, int NotHelpful, IReadOnlyDictionary<FeedbackReason, int> Reasons)
{
    public int Total => Helpful + NotHelpful;
    public double NotHelpfulShare => Total == 0 ? 0 : (double)NotHelpful / Total;
}

public static class FaqFeedbackCounts
{
    public sealed record Group(int ArticleId, bool Helpful, FeedbackReason? Reason, int Count);

    public static Task<List<Group>> GroupedAsync(IQueryable<ArticleFeedback> feedback, CancellationToken ct) =>
        feedback.GroupBy(f => new { f.ArticleId, f.Helpful, f.Reason })
            .Select(g => new Group(g.Key.ArticleId, g.Key.Helpful, g.Key.Reason, g.Count()))
            .ToListAsync(ct);

    public static async Task<FeedbackCounts> ForArticleAsync(IForumDb db, int articleId, CancellationToken ct) =>
        From(await GroupedAsync(db.ArticleFeedback.AsNoTracking().Where(f => f.ArticleId == articleId), ct));

    public static FeedbackCounts From(IEnumerable<Group> groups)
    {
        var list = groups.ToList();
        return new FeedbackCounts(
            list.Where(g => g.Helpful).Sum(g => g.Count),
            list.Where(g => !g.Helpful).Sum(g => g.Count),
            list.Where(g => !g.Helpful && g.Reason is not null).GroupBy(g => g.Reason!.Value).ToDictionary(g => g.Key, g => g.Sum(x => x.Count)));
    }
}
