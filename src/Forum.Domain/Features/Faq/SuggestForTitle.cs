namespace Forum.Domain.Features.Faq;

/// <summary>
/// What the Ask page suggests while a member types a title: up to five published FAQ articles and solved questions
/// that the full-text index finds for its significant words (the same matching as similar questions: any two of
/// them, or any one of a short title), in the reader's language first (<see cref="Languages.Current"/>), each best
/// first with the FAQ boost, so articles usually lead. An article is offered in its translation into the reader's
/// language when that matches, else in English. A solved thread that is already in the FAQ is offered only as its article.
/// </summary>
public sealed record SuggestForTitle(string? Query, int Limit = SuggestForTitle.MaxSuggestions) : IRequest<IReadOnlyList<Suggestion>>
{
    public const int MaxSuggestions = 5;
}

public sealed class SuggestForTitleValidator : AbstractValidator<SuggestForTitle>
{
    public SuggestForTitleValidator(IForumTexts texts)
    {
        RuleFor(x => x.Query).MaximumLength(500).Says(texts, "Validation.Faq.SuggestQuery", 500);
        RuleFor(x => x.Limit).InclusiveBetween(1, SuggestForTitle.MaxSuggestions);
    }
}

public sealed class SuggestForTitleHandler(IForumDb db, ISearchIndex index, IForumLinks links, SearchOptions options)
    : IRequestHandler<SuggestForTitle, IReadOnlyList<Suggestion>>
{
    /// <summary>How many of the engine's best matching articles are considered (the rest would not be shown anyway).</summary>
    private const int Candidates = 50;

    public async Task<IReadOnlyList<Suggestion>> Handle(SuggestForTitle request, CancellationToken cancellationToken)
    {
        var terms = SearchTerms.AnyOf(request.Query);
        if (!terms.CanMatch)
            return [];
        var language = Languages.Current;
        var articles = await SearchRanking.RankArticles(index.MatchFaqArticles(terms, language, Candidates), db.FaqArticles.AsNoTracking().Where(SearchVisibility.FaqArticle))
            .OrderByDescending(r => r.Language == language).ThenByDescending(r => r.Relevance).ThenByDescending(r => r.Article.Id).Take(request.Limit)
            .Select(r => new
            {
                r.Article.Id, r.Article.Slug, r.Language, Category = r.Article.Category!.Name, r.Relevance,
                Title = r.Language == Languages.English ? r.Article.Title : db.FaqTranslations.Where(t => t.ArticleId == r.Article.Id && t.Language == r.Language).Select(t => t.Title).First(),
            })
            .ToListAsync(cancellationToken);
        var solved = db.Questions.AsNoTracking().Where(SearchVisibility.Question).Where(q => q.Status == QuestionStatus.Solved)
            // A thread already in the FAQ is offered as its article, not twice.
            .Where(q => !db.FaqArticles.Where(SearchVisibility.FaqArticle).Any(a => a.SourceQuestionId == q.Id));
        // Ranked among the newest matches only, as a search is (SearchOptions): a title's common words match a large
        // share of a big forum's questions, and ranking them all took seconds at a million questions.
        var questions = await SearchRanking.Rank(index.MatchNewestQuestions(terms, options.Candidates), solved)
            .OrderByDescending(r => r.Question.Language == language).ThenByDescending(r => r.Relevance).ThenByDescending(r => r.Question.Id).Take(request.Limit)
            .Select(r => new { r.Question.Id, r.Question.Title, r.Question.Slug, r.Question.Language, Category = r.Question.Category!.Name, r.Relevance })
            .ToListAsync(cancellationToken);
        var translated = (string slug, string inLanguage) => inLanguage == Languages.English ? links.FaqArticle(slug) : links.FaqTranslation(slug, inLanguage);
        return articles.Select(a => new { Suggestion = new Suggestion(SuggestionKind.Faq, a.Id, a.Title, translated(a.Slug, a.Language), a.Category, a.Language), a.Relevance })
            .Concat(questions.Select(q => new { Suggestion = new Suggestion(SuggestionKind.Question, q.Id, q.Title, links.Question(q.Id, q.Slug), q.Category, q.Language), q.Relevance }))
            .OrderByDescending(x => x.Suggestion.Language == language).ThenByDescending(x => x.Relevance).ThenBy(x => x.Suggestion.Kind)
            .Take(request.Limit).Select(x => x.Suggestion).ToList();
    }
}

/// <summary>
/// An FAQ article (in <see cref="Language"/>, English or a translation's) or a solved question (asked in
/// <see cref="Language"/>) offered before posting; <see cref="Key"/> is what the Ask form sends back.
/// </summary>
public sealed record Suggestion(SuggestionKind Kind, int Id, string Title, string Url, string CategoryName, string Language)
{
    public string Key => $"{(Kind == SuggestionKind.Faq ? "faq" : "question")}:{Id}";
}
