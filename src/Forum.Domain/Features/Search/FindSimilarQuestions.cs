namespace Forum.Domain.Features.Search;

/// <summary>
/// Questions whose titles share telling words (<see cref="TellingWords"/>) with the title of question
/// <paramref name="QuestionId"/> (which is left out), or with <paramref name="Text"/> (e.g. a title being typed on
/// the ask page): of the closest matches, the solved ones first. A question's are ranked when it is written and
/// stored (<see cref="RankSimilarQuestions"/>); they come with its thread (<see cref="QuestionThreads"/>).
/// </summary>
public sealed record FindSimilarQuestions(int? QuestionId = null, string? Text = null, int Count = FindSimilarQuestions.Shown) : IRequest<IReadOnlyList<SimilarQuestion>>
{
    /// <summary>How many a question page shows.</summary>
    public const int Shown = 5;
}

public sealed class FindSimilarQuestionsValidator : AbstractValidator<FindSimilarQuestions>
{
    public FindSimilarQuestionsValidator(IForumTexts texts)
    {
        RuleFor(x => x.Count).InclusiveBetween(1, 20);
        RuleFor(x => x.Count).LessThanOrEqualTo(FindSimilarQuestions.Shown).When(x => x.QuestionId is not null)
            .Says(texts, "Validation.Search.SimilarCount", FindSimilarQuestions.Shown);
    }
}

public sealed class FindSimilarQuestionsHandler(IForumDb db, ISearchIndex index, IForumLinks links, QuestionThreads threads) : IRequestHandler<FindSimilarQuestions, IReadOnlyList<SimilarQuestion>>
{
    private const int CandidateCount = 500;

    public async Task<IReadOnlyList<SimilarQuestion>> Handle(FindSimilarQuestions request, CancellationToken cancellationToken)
    {
        IReadOnlyList<SimilarQuestion> closest;
        if (request.QuestionId is { } id)
        {
            // Only a public question has similar questions (it is not a search subject while hidden or held).
            var thread = await threads.FindAsync(id, cancellationToken);
            if (thread is null || thread.Question.Moderation is not null)
                throw new NotFoundException("The question");
            closest = [.. thread.Similar.Take(request.Count)];
        }
        else
        {
            closest = await ClosestAsync(index, db.Questions.AsNoTracking().Where(SearchVisibility.Question), request.Text, request.Count, cancellationToken);
        }
        return [.. closest.Select(q => q with { Url = links.Question(q.Id, q.Slug) })];
    }

    /// <summary>Of <paramref name="questions"/>, the <paramref name="count"/> closest to <paramref name="text"/>, solved first.</summary>
    public static async Task<IReadOnlyList<SimilarQuestion>> ClosestAsync(ISearchIndex index, IQueryable<Question> questions, string? text, int count, CancellationToken ct) =>
        SolvedFirst(await RankAsync(index, questions, text, count * 2, ct), count);

    /// <summary>
    /// For each stored list of <paramref name="lists"/> that is due, the ids of the <paramref name="take"/> candidates
    /// closest to the title it is ranked for (<see cref="RankAsync"/>). A ranking job ranks them all before it starts
    /// writing: on SQLite the write transaction holds up every other writer.
    /// </summary>
    public static async Task<List<(TList List, List<int> Closest)>> RankEachAsync<TList>(ISearchIndex index, IReadOnlyList<TList> lists,
        Func<TList, (IQueryable<Question> Candidates, string Title)> rankedFor, int take, CancellationToken ct, bool indexed = false)
    {
        var ranked = new List<(TList, List<int>)>(lists.Count);
        foreach (var list in lists)
        {
            var (candidates, title) = rankedFor(list);
            var closest = await RankAsync(index, candidates, title, take, ct, indexed);
            ranked.Add((list, [.. closest.Select(q => q.Id)]));
        }
        return ranked;
    }

    /// <summary>
    /// Of <paramref name="questions"/>, the <paramref name="take"/> closest to <paramref name="text"/>, closest first.
    /// <paramref name="indexed"/>: <paramref name="text"/> is the title of a question in the index.
    /// </summary>
    public static async Task<IReadOnlyList<SimilarQuestion>> RankAsync(ISearchIndex index, IQueryable<Question> questions, string? text, int take, CancellationToken ct, bool indexed = false)
    {
        var terms = await TellingWords.ChooseAsync(index, text, indexed, ct);
        if (!terms.CanMatch)
            return [];
        // The engine ranks only the newest matching titles (even a telling word may match many of them), then the
        // closest matches among those.
        return await SearchRanking.Rank(index.MatchTitles(terms, CandidateCount), questions)
            .OrderByDescending(r => r.Relevance).ThenByDescending(r => r.Question.Id)
            .Take(take)
            .Select(r => new SimilarQuestion(r.Question.Id, r.Question.Title, r.Question.Slug, r.Question.Status == QuestionStatus.Solved, r.Question.AnswerCount))
            .ToListAsync(ct);
    }

    /// <summary>Of the closest matches (twice as many as shown), the solved ones first.</summary>
    public static IReadOnlyList<SimilarQuestion> SolvedFirst(IEnumerable<SimilarQuestion> closest, int count) =>
        [.. closest.OrderByDescending(q => q.Solved).Take(count)];
}

public sealed record SimilarQuestion(int Id, string Title, string Slug, bool Solved, int AnswerCount)
{
    /// <summary>Its page (<see cref="IForumLinks.Question"/>).</summary>
    public string Url { get; init; } = "";
}
