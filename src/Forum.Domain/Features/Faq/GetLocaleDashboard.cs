namespace Forum.Domain.Features.Faq;

/// <summary>
/// The locale dashboard, SUMO style: for each language the FAQ is translated into, how many of the published articles
/// have an approved translation, how many of those say all the English text says, how many translations wait for
/// review, and the untranslated articles readers use most (their helpfulness votes and the openings from the ask
/// page's suggestions), which are the ones to translate next.
/// </summary>
public sealed record GetLocaleDashboard : IRequest<IReadOnlyList<LocaleCoverage>>;

public sealed class GetLocaleDashboardHandler(IForumDb db) : IRequestHandler<GetLocaleDashboard, IReadOnlyList<LocaleCoverage>>
{
    private const int ListLength = 10;

    public async Task<IReadOnlyList<LocaleCoverage>> Handle(GetLocaleDashboard request, CancellationToken cancellationToken)
    {
        var published = db.FaqArticles.AsNoTracking().Where(a => a.PublishedAt != null && a.ArchivedAt == null);
        var articles = await published.Select(a => new { a.Id, a.Slug, a.Title, a.PublishedAt }).ToListAsync(cancellationToken);
        var translations = await db.FaqTranslations.AsNoTracking()
            .Where(t => t.CurrentRevisionNumber > 0 && published.Any(a => a.Id == t.ArticleId))
            .Select(t => new { t.ArticleId, t.Language, UpToDate = t.OutOfDateSince == null }).ToListAsync(cancellationToken);
        var waiting = await db.FaqTranslationRevisions.AsNoTracking()
            .Where(r => r.Status == FaqRevisionStatus.Proposed && published.Any(a => a.Id == r.Translation!.ArticleId))
            .GroupBy(r => r.Translation!.Language).Select(g => new { Language = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Language, g => g.Count, cancellationToken);
        var activity = await ReaderActivityAsync(cancellationToken);

        return Languages.All.Where(l => l != Languages.English).Select(language =>
        {
            var translated = translations.Where(t => t.Language == language).ToList();
            var untranslated = articles.Where(a => translated.All(t => t.ArticleId != a.Id))
                .Select(a => new UntranslatedArticle(a.Slug, a.Title, activity.GetValueOrDefault(a.Id), a.PublishedAt!.Value))
                .OrderByDescending(a => a.ReaderActivity).ThenByDescending(a => a.PublishedAt).ThenBy(a => a.Title)
                .Take(ListLength).ToList();
            return new LocaleCoverage(language, articles.Count, translated.Count, translated.Count(t => t.UpToDate),
                waiting.GetValueOrDefault(language), untranslated);
        }).ToList();
    }

    /// <summary>Per article: readers' helpfulness votes plus the times askers opened it from the ask page's suggestions.</summary>
    private async Task<Dictionary<int, int>> ReaderActivityAsync(CancellationToken ct)
    {
        var votes = await db.ArticleFeedback.AsNoTracking().GroupBy(f => f.ArticleId)
            .Select(g => new { ArticleId = g.Key, Count = g.Count() }).ToListAsync(ct);
        var openings = await db.AskSuggestions.AsNoTracking().Where(s => s.Kind == SuggestionKind.Faq && s.Opened)
            .GroupBy(s => s.TargetId).Select(g => new { ArticleId = g.Key, Count = g.Count() }).ToListAsync(ct);
        return votes.Concat(openings).GroupBy(x => x.ArticleId).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
    }
}

/// <param name="Articles">Published articles (in English).</param>
/// <param name="Translated">Of those, with an approved translation in <paramref name="Language"/>.</param>
/// <param name="UpToDate">Of the translated, those no significant English change has left behind.</param>
/// <param name="WaitingForReview">Proposed translations staff have not reviewed yet.</param>
public sealed record LocaleCoverage(string Language, int Articles, int Translated, int UpToDate, int WaitingForReview,
    IReadOnlyList<UntranslatedArticle> MostReadUntranslated)
{
    public int OutOfDate => Translated - UpToDate;
    /// <summary>Whole percent of the articles translated and up to date (0 when there are no articles).</summary>
    public int UpToDatePercent => Articles == 0 ? 0 : UpToDate * 100 / Articles;
}

/// <param name="ReaderActivity">Helpfulness votes plus openings from the ask page's suggestions.</param>
public sealed record UntranslatedArticle(string Slug, string Title, int ReaderActivity, DateTimeOffset PublishedAt);
