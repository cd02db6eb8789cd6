namespace Forum.Domain.Features.Faq;

/// <summary>
/// What the Ask page suggests while a member types a title: up to five published FAQ articles and solved questions
/// that the full-text index finds for its significant words (the same matching as similar questions: any two of
/// them, or any one of a short title), best first with the FAQ boost, so articles usually lead. A solved thread
/// that is already in the FAQ is offered only as its article.
/// </summary>
public sealed record SuggestForTitle(string? Query, int Limit = SuggestForTitle.MaxSuggestions) : IRequest<IReadOnlyList<Suggestion>>
{
    public const int MaxSuggestions = 5;
}

public sealed class SuggestForTitleValidator : AbstractValidator<SuggestForTitle>
{
    public SuggestForTitleValidator()
    {
        RuleFor(x => x.Query).MaximumLength(500).WithMessage("Type at most 500 characters.");
        RuleFor(x => x.Limit).InclusiveBetween(1, SuggestForTitle.MaxSuggestions);
    }
}

public sealed class SuggestForTitleHandler(IForumDb db, ISearchIndex index, IForumLinks links) : IRequestHandler<SuggestForTitle, IReadOnlyList<Suggestion>>
{
    /// <summary>How many of the engine's best matches of each kind are considered (the rest would not be shown anyway).</summary>
    private const int Candidates = 50;

    public async Task<IReadOnlyList<Suggestion>> Handle(SuggestForTitle request, CancellationToken cancellationToken)
    {
        var terms = SearchTerms.AnyOf(request.Query);
        if (!terms.CanMatch)
            return [];
        var articles = await SearchRanking.RankArticles(index.MatchFaqArticles(terms, Candidates), db.FaqArticles.AsNoTracking().Where(SearchVisibility.FaqArticle))
            .OrderByDescending(r => r.Relevance).ThenByDescending(r => r.Article.Id).Take(request.Limit)
            .Select(r => new { r.Article.Id, r.Article.Title, r.Article.Slug, Category = r.Article.Category!.Name, r.Relevance })
            .ToListAsync(cancellationToken);
        var solved = db.Questions.AsNoTracking().Where(SearchVisibility.Question).Where(q => q.Status == QuestionStatus.Solved)
            // A thread already in the FAQ is offered as its article, not twice.
            .Where(q => !db.FaqArticles.Where(SearchVisibility.FaqArticle).Any(a => a.SourceQuestionId == q.Id));
        var questions = await SearchRanking.Rank(index.MatchQuestions(terms, Candidates), solved)
            .OrderByDescending(r => r.Relevance).ThenByDescending(r => r.Question.Id).Take(request.Limit)
            .Select(r => new { r.Question.Id, r.Question.Title, r.Question.Slug, Category = r.Question.Category!.Name, r.Relevance })
            .ToListAsync(cancellationToken);
        return articles.Select(a => new { Suggestion = new Suggestion(SuggestionKind.Faq, a.Id, a.Title, links.FaqArticle(a.Slug), a.Category), a.Relevance })
            .Concat(questions.Select(q => new { Suggestion = new Suggestion(SuggestionKind.Question, q.Id, q.Title, links.Question(q.Id, q.Slug), q.Category), q.Relevance }))
            .OrderByDescending(x => x.Relevance).ThenBy(x => x.Suggestion.Kind)
            .Take(request.Limit).Select(x => x.Suggestion).ToList();
    }
}

/// <summary>An FAQ article or a solved question offered before posting; <see cref="Key"/> is what the Ask form sends back.</summary>
public sealed record Suggestion(SuggestionKind Kind, int Id, string Title, string Url, string CategoryName)
{
    public string Key => $"{(Kind == SuggestionKind.Faq ? "faq" : "question")}:{Id}";
}
