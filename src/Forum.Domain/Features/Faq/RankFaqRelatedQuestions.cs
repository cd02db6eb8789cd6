namespace Forum.Domain.Features.Faq;

/// <summary>
/// Ranks the related questions of up to <paramref name="Max"/> FAQ articles whose lists are due
/// (<see cref="FaqArticle.RelatedQuestionsDue"/>), oldest article first, and stores them (<see cref="FaqRelatedQuestion"/>),
/// so that an article's page reads its list instead of asking the search engine on every first view. Ranked as the page
/// used to rank them: the solved public questions closest to the article's title, other than the one it was promoted
/// from (<see cref="FindSimilarQuestionsHandler.RankAsync"/>). Run by a background job.
/// <para>
/// An article is marked due when it is promoted (its title and source question never change afterwards), and when a
/// question on its list is retitled (<see cref="MarkListsWithAsync"/>, from <see cref="RankSimilarQuestions"/>). Questions
/// solved later join the lists of older articles through a slow re-ranking: when fewer than <paramref name="Max"/> lists
/// are due, the batch is filled with the lists ranked longest ago, if more than <see cref="RankedAgainAfter"/> ago
/// (<see cref="FaqRelatedQuestionsRanked.RankedAgain"/>). The job takes one such batch per run, so a forum with a
/// thousand articles ranks each of them again about once a day, in some fifty batches, not all at once.
/// </para>
/// The mark is cleared only if it is still the value read, so an article marked again while it was being ranked stays due.
/// </summary>
public sealed record RankFaqRelatedQuestions(int Max = 20) : IRequest<FaqRelatedQuestionsRanked>;

/// <param name="Ranked">Lists ranked and stored.</param>
/// <param name="ChangedMeanwhile">Articles marked again while they were ranked: still due.</param>
/// <param name="RankedAgain">Of the lists ranked, those taken in because they were old rather than due.</param>
public sealed record FaqRelatedQuestionsRanked(int Ranked, int ChangedMeanwhile, int RankedAgain);

public sealed class RankFaqRelatedQuestionsValidator : AbstractValidator<RankFaqRelatedQuestions>
{
    public RankFaqRelatedQuestionsValidator() => RuleFor(x => x.Max).InclusiveBetween(1, 1000);
}

public sealed class RankFaqRelatedQuestionsHandler(IForumDb db, ISearchIndex index, TimeProvider clock)
    : IRequestHandler<RankFaqRelatedQuestions, FaqRelatedQuestionsRanked>
{
    /// <summary>How old a list may grow before it is ranked again for the questions solved since.</summary>
    public static readonly TimeSpan RankedAgainAfter = TimeSpan.FromDays(1);

    public async Task<FaqRelatedQuestionsRanked> Handle(RankFaqRelatedQuestions request, CancellationToken cancellationToken)
    {
        var due = await DueAsync(request.Max, cancellationToken);
        var rankedAgain = due.Count < request.Max ? await MarkOldListsAsync(request.Max - due.Count, cancellationToken) : 0;
        if (rankedAgain > 0)
            due = await DueAsync(request.Max, cancellationToken);
        if (due.Count == 0)
            return new FaqRelatedQuestionsRanked(0, 0, 0);

        var solved = db.Questions.AsNoTracking().Where(SearchVisibility.Question).Where(q => q.Status == QuestionStatus.Solved);
        var ranked = await FindSimilarQuestionsHandler.RankEachAsync(index, due,
            list => (solved.Where(q => q.Id != list.SourceQuestionId), list.Title), FaqRelatedQuestion.Kept, cancellationToken);

        var now = clock.GetUtcNow();
        await db.LockAsync("faq-related-questions", cancellationToken);
        var stored = 0;
        foreach (var (list, related) in ranked)
        {
            var cleared = await db.FaqArticles.Where(a => a.Id == list.ArticleId && a.RelatedQuestionsDue == list.Mark)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.RelatedQuestionsDue, (Guid?)null).SetProperty(a => a.RelatedQuestionsRankedAt, (DateTimeOffset?)now), cancellationToken);
            if (cleared == 0)
                continue;
            await db.FaqRelatedQuestions.Where(r => r.ArticleId == list.ArticleId).ExecuteDeleteAsync(cancellationToken);
            db.FaqRelatedQuestions.AddRange(related.Select((id, position) => new FaqRelatedQuestion(list.ArticleId, position, id)));
            stored++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return new FaqRelatedQuestionsRanked(stored, ranked.Count - stored, rankedAgain);
    }

    private Task<List<DueList>> DueAsync(int max, CancellationToken ct) =>
        db.FaqArticles.AsNoTracking().Where(a => a.RelatedQuestionsDue != null)
            .OrderBy(a => a.Id).Take(max)
            .Select(a => new DueList(a.Id, a.Title, a.SourceQuestionId, a.RelatedQuestionsDue!.Value))
            .ToListAsync(ct);

    /// <summary>Marks due up to <paramref name="count"/> of the lists ranked longest ago, if more than <see cref="RankedAgainAfter"/> ago.</summary>
    private async Task<int> MarkOldListsAsync(int count, CancellationToken ct)
    {
        var rankedBefore = clock.GetUtcNow() - RankedAgainAfter;
        var old = await db.FaqArticles.Where(a => a.RelatedQuestionsDue == null && a.RelatedQuestionsRankedAt < rankedBefore)
            .OrderBy(a => a.RelatedQuestionsRankedAt).ThenBy(a => a.Id).Take(count)
            .Select(a => a.Id).ToListAsync(ct);
        if (old.Count == 0)
            return 0;
        var mark = (Guid?)Guid.NewGuid();
        return await db.FaqArticles.Where(a => old.Contains(a.Id) && a.RelatedQuestionsDue == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.RelatedQuestionsDue, mark), ct);
    }

    /// <summary>
    /// Marks due the lists that <paramref name="questionId"/> is on: it was retitled, and the page leaves it out of them
    /// until they are ranked again. A list being ranked at this moment gets a new mark too, as it may have been ranked
    /// with the old title.
    /// </summary>
    public static Task<int> MarkListsWithAsync(IForumDb db, int questionId, CancellationToken ct)
    {
        var mark = (Guid?)Guid.NewGuid();
        return db.FaqArticles.Where(a => db.FaqRelatedQuestions.Any(r => r.ArticleId == a.Id && r.QuestionId == questionId))
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.RelatedQuestionsDue, mark), ct);
    }

    /// <summary>Marks due the lists of the articles that have never been ranked (promoted before lists were stored, or by other means).</summary>
    public static Task<int> MarkNeverRankedAsync(IForumDb db, CancellationToken ct)
    {
        var mark = (Guid?)Guid.NewGuid();
        return db.FaqArticles.Where(a => a.RelatedQuestionsRankedAt == null && a.RelatedQuestionsDue == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.RelatedQuestionsDue, mark), ct);
    }

    /// <param name="Mark">The due mark as read.</param>
    private sealed record DueList(int ArticleId, string Title, int? SourceQuestionId, Guid Mark);
}
