namespace Forum.Domain.Features.Support;

/// <summary>
/// The dashboard's "FAQ helpfulness" for a period: the yes / no votes given (or changed) on FAQ articles, the least
/// helpful articles with the reasons readers gave, and how many of the questions asked came after the Ask page had
/// suggested FAQ articles (and the asker opened one). The Ask page records suggestions only with a question that was
/// posted, so questions the FAQ saved (never asked) are not counted: no deflection rate is claimed.
/// </summary>
public static class FaqHelpfulnessReport
{
    public const int LeastHelpfulCount = 5;

    public static async Task<FaqHelpfulness> LoadAsync(IForumDb db, DateTimeOffset since, CancellationToken ct)
    {
        var groups = await FaqFeedbackCounts.GroupedAsync(db.ArticleFeedback.AsNoTracking().Where(f => f.UpdatedAt >= since), ct);
        var overall = FaqFeedbackCounts.From(groups);
        var articleIds = groups.Select(g => g.ArticleId).Distinct().ToList();
        var articles = await db.FaqArticles.AsNoTracking().Where(a => articleIds.Contains(a.Id))
            .Select(a => new { a.Id, a.Slug, a.Title }).ToListAsync(ct);
        var leastHelpful = articles
            .Select(a => new FaqArticleHelpfulness(a.Id, a.Slug, a.Title, FaqFeedbackCounts.From(groups.Where(g => g.ArticleId == a.Id))))
            .Where(a => a.Feedback.NotHelpful > 0)
            .OrderByDescending(a => a.Feedback.NotHelpfulShare).ThenByDescending(a => a.Feedback.NotHelpful).ThenBy(a => a.Title)
            .Take(LeastHelpfulCount).ToList();

        var asked = db.Questions.AsNoTracking().Where(ContentVisibility.IsLiveQuestion).Where(q => q.CreatedAt >= since);
        var faqSuggested = db.AskSuggestions.AsNoTracking().Where(s => s.Kind == SuggestionKind.Faq && asked.Any(q => q.Id == s.QuestionId));
        var afterSuggestions = await faqSuggested.Select(s => s.QuestionId).Distinct().CountAsync(ct);
        var afterOpening = await faqSuggested.Where(s => s.Opened).Select(s => s.QuestionId).Distinct().CountAsync(ct);

        return new FaqHelpfulness(overall.Total, overall.Helpful, overall.NotHelpful,
            overall.Total == 0 ? null : Math.Round(100.0 * overall.Helpful / overall.Total, 1), overall.Reasons, leastHelpful,
            afterSuggestions, afterOpening);
    }
}

/// <param name="HelpfulPercent">The share of "Yes" votes; null without votes.</param>
/// <param name="NotHelpfulReasons">The reasons given with "No", counted.</param>
/// <param name="AskedAfterFaqSuggestions">Questions asked in the period after the Ask page suggested FAQ articles.</param>
/// <param name="AskedAfterOpeningFaqSuggestion">Of those, the ones whose asker opened a suggested article first.</param>
public sealed record FaqHelpfulness(
    int Votes, int Helpful, int NotHelpful, double? HelpfulPercent, IReadOnlyDictionary<FeedbackReason, int> NotHelpfulReasons,
    IReadOnlyList<FaqArticleHelpfulness> LeastHelpful, int AskedAfterFaqSuggestions, int AskedAfterOpeningFaqSuggestion);

public sealed record FaqArticleHelpfulness(int Id, string Slug, string Title, FeedbackCounts Feedback)
{
    public double HelpfulPercent => Feedback.Total == 0 ? 0 : Math.Round(100.0 * Feedback.Helpful / Feedback.Total, 1);
}
