namespace Forum.Domain.Features.Search;

/// <summary>
/// Questions whose titles share telling words (<see cref="TellingWords"/>) with the title of question
/// <paramref name="QuestionId"/> (which is left out), or with <paramref name="Text"/> (e.g. a title being typed on
/// the ask page): of the closest matches, the solved ones first.
/// </summary>
public sealed record FindSimilarQuestions(int? QuestionId = null, string? Text = null, int Count = 5) : IRequest<IReadOnlyList<SimilarQuestion>>;

public sealed class FindSimilarQuestionsValidator : AbstractValidator<FindSimilarQuestions>
{
    public FindSimilarQuestionsValidator() => RuleFor(x => x.Count).InclusiveBetween(1, 20);
}

public sealed class FindSimilarQuestionsHandler(IForumDb db, ISearchIndex index, IForumLinks links) : IRequestHandler<FindSimilarQuestions, IReadOnlyList<SimilarQuestion>>
{
    private const int CandidateCount = 500;

    public async Task<IReadOnlyList<SimilarQuestion>> Handle(FindSimilarQuestions request, CancellationToken cancellationToken)
    {
        var questions = db.Questions.AsNoTracking().Where(SearchVisibility.Question);
        var text = request.Text;
        if (request.QuestionId is { } id)
        {
            text = await questions.Where(q => q.Id == id).Select(q => q.Title).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("The question");
            questions = questions.Where(q => q.Id != id);
        }
        var closest = await ClosestAsync(index, questions, text, request.Count, cancellationToken, indexed: request.QuestionId is not null);
        return [.. closest.Select(q => q with { Url = links.Question(q.Id, q.Slug) })];
    }

    /// <summary>
    /// Of <paramref name="questions"/>, the <paramref name="count"/> closest to <paramref name="text"/>, solved first;
    /// also the related questions on an FAQ article's page. <paramref name="indexed"/>: <paramref name="text"/> is the
    /// title of a question in the index.
    /// </summary>
    public static async Task<IReadOnlyList<SimilarQuestion>> ClosestAsync(ISearchIndex index, IQueryable<Question> questions, string? text, int count, CancellationToken ct, bool indexed = false)
    {
        var terms = await TellingWords.ChooseAsync(index, text, indexed, ct);
        if (!terms.CanMatch)
            return [];
        // The engine ranks only the newest matching titles (even a telling word may match many of them), then the
        // closest matches among those, twice as many as shown, then the solved ones among those first.
        var closest = await SearchRanking.Rank(index.MatchTitles(terms, CandidateCount), questions)
            .OrderByDescending(r => r.Relevance).ThenByDescending(r => r.Question.Id)
            .Take(count * 2)
            .Select(r => new SimilarQuestion(r.Question.Id, r.Question.Title, r.Question.Slug, r.Question.Status == QuestionStatus.Solved, r.Question.AnswerCount))
            .ToListAsync(ct);
        return closest.OrderByDescending(q => q.Solved).Take(count).ToList();
    }
}

public sealed record SimilarQuestion(int Id, string Title, string Slug, bool Solved, int AnswerCount)
{
    /// <summary>Its page (<see cref="IForumLinks.Question"/>).</summary>
    public string Url { get; init; } = "";
}
