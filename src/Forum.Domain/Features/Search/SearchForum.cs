namespace Forum.Domain.Features.Search;

public static class SearchResultType
{
    public const string Question = "question", Faq = "faq";
    public static readonly string[] All = [Question, Faq];
}

/// <summary>
/// Full-text search over what visitors may read (public questions with their answers, published FAQ articles and
/// their translations), in the reader's language first (the request's, <see cref="Languages.Current"/>), then the
/// rest, each best first; an article is found in the reader's language when its translation matches, else in
/// English. Any text at all is a valid query (see <see cref="SearchTerms"/>); <paramref name="Type"/> narrows to
/// questions or FAQ articles. Only the newest <see cref="SearchOptions.Candidates"/> matching questions are ranked: a
/// query matching more says so (<see cref="SearchResults.TotalIsLowerBound"/>) and pages through those.
/// </summary>
public sealed record SearchForum(
    string? Query, string? Category = null, string? Tag = null, string? Type = null, bool? Solved = null, int Page = 1, int PageSize = 20)
    : IRequest<SearchResults>;

public sealed class SearchForumValidator : AbstractValidator<SearchForum>
{
    public const int MaxPageSize = 50;

    public SearchForumValidator(IForumTexts texts)
    {
        RuleFor(x => x.Type).Must(t => string.IsNullOrEmpty(t) || SearchResultType.All.Contains(t))
            .Says(texts, "Validation.Search.Type", string.Join(", ", SearchResultType.All));
        RuleFor(x => x.Page).InclusiveBetween(1, 10_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, MaxPageSize);
    }
}

public sealed class SearchForumHandler(IForumDb db, ISearchIndex index, IForumLinks links, SearchOptions options) : IRequestHandler<SearchForum, SearchResults>
{
    public async Task<SearchResults> Handle(SearchForum request, CancellationToken cancellationToken)
    {
        var terms = SearchTerms.Parse(request.Query);
        var empty = new SearchResults(request.Query ?? "", 0, [], request.Page, request.PageSize);
        if (!terms.CanMatch)
            return empty;
        var category = Text.CleanLine(request.Category);
        var tag = Text.CleanLine(request.Tag).ToLowerInvariant();
        var language = Languages.Current;

        var hits = request.Type == SearchResultType.Faq ? null : QuestionHits(terms, language, category, tag, request.Solved);
        // FAQ articles are official solutions: they count as solved, so "unsolved only" leaves them out.
        if (request.Type != SearchResultType.Question && request.Solved != false)
        {
            var articles = ArticleHits(terms, language, category, tag);
            hits = hits is null ? articles : hits.Concat(articles);
        }
        if (hits is null)
            return empty;
        var candidates = await hits.ToListAsync(cancellationToken);
        var more = candidates.Count(h => h.Kind == Hit.Question) > options.Candidates;
        if (more)
            candidates.Remove(candidates.Where(h => h.Kind == Hit.Question).MinBy(h => h.Newness)!);
        if (candidates.Count == 0)
            return empty;
        var page = candidates
            .OrderByDescending(h => h.InReaderLanguage).ThenByDescending(h => h.Relevance).ThenBy(h => h.Kind).ThenByDescending(h => h.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .ToList();

        var found = (await QuestionResultsAsync(page, terms, cancellationToken)).Concat(await ArticleResultsAsync(page, terms, cancellationToken))
            .ToDictionary(r => (r.Type, r.Id));
        var results = page.Select(h => found.GetValueOrDefault((h.Kind == Hit.Faq ? SearchResultType.Faq : SearchResultType.Question, h.Id)))
            .OfType<SearchResult>().ToList();
        return new SearchResults(request.Query ?? "", candidates.Count, results, request.Page, request.PageSize, more);
    }

    /// <summary>The newest matching questions, one more than are ranked (to tell whether there are more).</summary>
    private IQueryable<Hit> QuestionHits(SearchTerms terms, string language, string category, string tag, bool? solved)
    {
        var limit = options.Candidates + 1;
        var questions = db.Questions.AsNoTracking().Where(SearchVisibility.Question);
        if (category.Length > 0)
            questions = questions.Where(q => q.Category!.Slug == category);
        if (tag.Length > 0)
            questions = questions.Where(TagFilter.TaggedWith(db, tag));
        if (solved is { } only)
            questions = only ? questions.Where(q => q.Status == QuestionStatus.Solved) : questions.Where(q => q.Status != QuestionStatus.Solved);
        // The engine's newest matches might all be left out by a filter, so a filtered search takes the newest of the
        // matches that pass it instead, in the engine's own order of them, so it stops reading at the last one taken;
        // unfiltered, the engine stops at the newest (every document is of a public question).
        var filtered = category.Length > 0 || tag.Length > 0 || solved is not null;
        var ranked = SearchRanking.Rank(filtered ? index.MatchQuestions(terms) : index.MatchNewestQuestions(terms, limit), questions);
        if (filtered)
            ranked = ranked.OrderByDescending(r => r.Newness).Take(limit);
        return ranked
            .Select(r => new Hit { Kind = Hit.Question, Id = r.Question.Id, Language = r.Question.Language, InReaderLanguage = r.Question.Language == language, Relevance = r.Relevance, Newness = r.Newness });
    }

    /// <summary>An article has its own category; its tags are those of the thread it was promoted from, so an article without one is left out when a tag is asked for.</summary>
    private IQueryable<Hit> ArticleHits(SearchTerms terms, string language, string category, string tag)
    {
        var articles = db.FaqArticles.AsNoTracking().Where(SearchVisibility.FaqArticle);
        if (category.Length > 0)
            articles = articles.Where(a => a.Category!.Slug == category);
        if (tag.Length > 0)
            articles = articles.Where(a => db.Questions.Any(q => q.Id == a.SourceQuestionId && q.Tags.Any(t => t.Name == tag)));
        return SearchRanking.RankArticles(index.MatchFaqArticles(terms, language), articles)
            .Select(r => new Hit { Kind = Hit.Faq, Id = r.Article.Id, Language = r.Language, InReaderLanguage = r.Language == language, Relevance = r.Relevance, Newness = 0 });
    }

    private async Task<IEnumerable<SearchResult>> QuestionResultsAsync(List<Hit> page, SearchTerms terms, CancellationToken ct)
    {
        var ids = page.Where(h => h.Kind == Hit.Question).Select(h => h.Id).ToList();
        if (ids.Count == 0)
            return [];
        var questions = await db.Questions.AsNoTracking().Where(q => ids.Contains(q.Id))
            .Select(q => new { q.Id, q.Title, q.Slug, q.Status, q.Score, q.AnswerCount, q.CreatedAt, q.Language, Category = q.Category!.Name })
            .ToListAsync(ct);
        var texts = await db.SearchDocuments.AsNoTracking().Where(d => d.QuestionId != null && ids.Contains(d.QuestionId.Value))
            .ToDictionaryAsync(d => d.QuestionId!.Value, d => d.Body, ct);
        var relevance = page.Where(h => h.Kind == Hit.Question).ToDictionary(h => h.Id, h => h.Relevance);
        return questions.Select(q => new SearchResult(
            SearchResultType.Question, q.Id, q.Title, SearchText.Highlight(q.Title, terms), links.Question(q.Id, q.Slug),
            SearchText.Snippet(texts.GetValueOrDefault(q.Id, ""), terms), relevance[q.Id], q.Status == QuestionStatus.Solved,
            q.Score, q.AnswerCount, q.Category, q.CreatedAt, q.Language));
    }

    /// <summary>
    /// An article's snippet comes from its search document in the language it was found in: the current approved
    /// text, never a draft or a pending revision; found in a translation, it shows and links the translation.
    /// </summary>
    private async Task<IEnumerable<SearchResult>> ArticleResultsAsync(List<Hit> page, SearchTerms terms, CancellationToken ct)
    {
        var hits = page.Where(h => h.Kind == Hit.Faq).ToList();
        if (hits.Count == 0)
            return [];
        var ids = hits.Select(h => h.Id).ToList();
        var articles = await db.FaqArticles.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Slug, a.UpdatedAt, Category = a.Category!.Name })
            .ToDictionaryAsync(a => a.Id, ct);
        var documents = await db.SearchDocuments.AsNoTracking().Where(d => d.FaqArticleId != null && ids.Contains(d.FaqArticleId.Value))
            .Select(d => new { Id = d.FaqArticleId!.Value, d.Language, d.Title, d.Body })
            .ToDictionaryAsync(d => (d.Id, d.Language), ct);
        var translated = await db.FaqTranslations.AsNoTracking().Where(t => ids.Contains(t.ArticleId))
            .Select(t => new { t.ArticleId, t.Language, t.UpdatedAt })
            .ToDictionaryAsync(t => (t.ArticleId, t.Language), t => t.UpdatedAt, ct);
        return hits.Where(h => articles.ContainsKey(h.Id) && documents.ContainsKey((h.Id, h.Language))).Select(h =>
        {
            var article = articles[h.Id];
            var document = documents[(h.Id, h.Language)];
            var inEnglish = h.Language == Languages.English;
            return new SearchResult(
                SearchResultType.Faq, h.Id, document.Title, SearchText.Highlight(document.Title, terms),
                inEnglish ? links.FaqArticle(article.Slug) : links.FaqTranslation(article.Slug, h.Language),
                SearchText.Snippet(document.Body, terms), h.Relevance, true, 0, 0, article.Category,
                inEnglish ? article.UpdatedAt : translated.GetValueOrDefault((h.Id, h.Language)) ?? article.UpdatedAt, h.Language);
        });
    }

    /// <summary>One ranked hit before its details are read: FAQ articles sort before questions of equal relevance.</summary>
    private sealed class Hit
    {
        public const int Faq = 0, Question = 1;
        public int Kind { get; init; }
        public int Id { get; init; }
        public string Language { get; init; } = Languages.English;
        public bool InReaderLanguage { get; init; }
        public double Relevance { get; init; }
        /// <summary>A question's <see cref="SearchMatch.Newness"/>: the one past the candidates is the least new.</summary>
        public int Newness { get; init; }
    }
}

/// <summary>
/// <see cref="Total"/>: how many results there are to page through; when <see cref="TotalIsLowerBound"/>, the query
/// matched more questions than a search ranks (<see cref="SearchOptions.Candidates"/>), and these are the newest of them.
/// </summary>
public sealed record SearchResults(string Query, int Total, IReadOnlyList<SearchResult> Results, int Page, int PageSize, bool TotalIsLowerBound = false)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// One hit. <see cref="TitleHtml"/> and <see cref="SnippetHtml"/> are HTML-encoded text with &lt;mark&gt; around the
/// searched words. For an FAQ article, <see cref="Solved"/> is true (it is an official solution), votes and answers
/// are 0 and <see cref="CreatedAt"/> is when its current text (in <see cref="Language"/>) was approved.
/// <see cref="Language"/> is the language the question is asked in or the article's text is written in.
/// </summary>
public sealed record SearchResult(
    string Type, int Id, string Title, string TitleHtml, string Url, string SnippetHtml, double Score, bool Solved,
    int Votes, int AnswerCount, string Category, DateTimeOffset CreatedAt, string Language);
