namespace Forum.Domain.Features.Search;

/// <summary>
/// Ranks the similar questions of up to <paramref name="Max"/> questions whose lists are due
/// (<see cref="Question.SimilarQuestionsDue"/>: asked, edited, or a question on their list was), newest first, and
/// stores them (<see cref="SimilarQuestionLink"/>), so that a question page reads its list instead of asking the search
/// engine on every first view. Run by a background job; the mark is set in the same transaction as the write that makes
/// a list due, so no list is forgotten, and a question edited while its list was being ranked keeps its mark and is
/// ranked again. When a question's own title was written since its last ranking, the lists it is on and the lists of
/// its new similar questions are marked due too: an edited question leaves lists it no longer belongs on, and a new
/// question joins the lists of older ones. So are the FAQ articles' lists of related questions it is on
/// (<see cref="RankFaqRelatedQuestionsHandler.MarkListsWithAsync"/>). A question is ranked once its search document
/// is up to date (<see cref="RefreshSearchDocuments"/>), so those lists find it as it is.
/// </summary>
public sealed record RankSimilarQuestions(int Max = 20) : IRequest<SimilarQuestionsRanked>;

/// <param name="Ranked">Lists ranked and stored.</param>
/// <param name="ChangedMeanwhile">Questions written again while they were ranked: still due.</param>
public sealed record SimilarQuestionsRanked(int Ranked, int ChangedMeanwhile);

public sealed class RankSimilarQuestionsValidator : AbstractValidator<RankSimilarQuestions>
{
    public RankSimilarQuestionsValidator() => RuleFor(x => x.Max).InclusiveBetween(1, 1000);
}

public sealed class RankSimilarQuestionsHandler(IForumDb db, ISearchIndex index, TimeProvider clock) : IRequestHandler<RankSimilarQuestions, SimilarQuestionsRanked>
{
    public async Task<SimilarQuestionsRanked> Handle(RankSimilarQuestions request, CancellationToken cancellationToken)
    {
        // A question whose search document is still to be rebuilt waits for it: the lists its ranking marks due find it
        // by the title and text it has now.
        var due = await db.Questions.AsNoTracking().Where(q => q.SimilarQuestionsDue != null)
            .Where(q => !db.SearchRefreshes.Any(r => r.QuestionId == q.Id))
            .OrderByDescending(q => q.Id).Take(request.Max)
            .Select(q => new DueList(q.Id, q.Title, q.SimilarQuestionsDue!.Value, q.SimilarQuestionsRankedAt, q.EditedAt ?? q.CreatedAt))
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
            return new SimilarQuestionsRanked(0, 0);

        var candidates = db.Questions.AsNoTracking().Where(SearchVisibility.Question);
        var ranked = await FindSimilarQuestionsHandler.RankEachAsync(index, due,
            list => (candidates.Where(q => q.Id != list.QuestionId), list.Title), SimilarQuestionLink.Kept, cancellationToken, indexed: true);

        var now = clock.GetUtcNow();
        await db.LockAsync("similar-questions", cancellationToken);
        var stored = 0;
        foreach (var (list, similar) in ranked)
        {
            // Cleared only if no write marked it again since it was read; otherwise this ranking is of an older title.
            var cleared = await db.Questions.Where(q => q.Id == list.QuestionId && q.SimilarQuestionsDue == list.Mark)
                .ExecuteUpdateAsync(s => s.SetProperty(q => q.SimilarQuestionsDue, (Guid?)null).SetProperty(q => q.SimilarQuestionsRankedAt, (DateTimeOffset?)now), cancellationToken);
            if (cleared == 0)
                continue;
            if (list.RankedAt is not { } rankedAt || rankedAt < list.WrittenAt)
            {
                var questionId = list.QuestionId;
                var onTheirLists = await db.SimilarQuestionLinks.Where(l => l.SimilarQuestionId == questionId).Select(l => l.QuestionId).ToListAsync(cancellationToken);
                var neighbours = similar.Union(onTheirLists).Where(id => id != questionId).ToList();
                var mark = (Guid?)Guid.NewGuid();
                await db.Questions.Where(q => neighbours.Contains(q.Id) && q.SimilarQuestionsDue == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(q => q.SimilarQuestionsDue, mark), cancellationToken);
                await RankFaqRelatedQuestionsHandler.MarkListsWithAsync(db, questionId, cancellationToken);
            }
            await db.SimilarQuestionLinks.Where(l => l.QuestionId == list.QuestionId).ExecuteDeleteAsync(cancellationToken);
            db.SimilarQuestionLinks.AddRange(similar.Select((id, position) => new SimilarQuestionLink(list.QuestionId, position, id)));
            stored++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return new SimilarQuestionsRanked(stored, ranked.Count - stored);
    }

    /// <summary>
    /// Marks due the lists of the questions that have never been ranked (asked before lists were stored, or written by
    /// other means), as if ranked when they were last written: their first ranking marks no other list, since every
    /// one of them is ranked anyway.
    /// </summary>
    public static Task<int> MarkNeverRankedAsync(IForumDb db, CancellationToken ct)
    {
        var mark = (Guid?)Guid.NewGuid();
        return db.Questions.Where(q => q.SimilarQuestionsRankedAt == null && q.SimilarQuestionsDue == null)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.SimilarQuestionsDue, mark).SetProperty(q => q.SimilarQuestionsRankedAt, q => q.EditedAt ?? (DateTimeOffset?)q.CreatedAt), ct);
    }

    /// <param name="Mark">The due mark as read.</param>
    /// <param name="WrittenAt">When its title was last written (asked or edited).</param>
    private sealed record DueList(int QuestionId, string Title, Guid Mark, DateTimeOffset? RankedAt, DateTimeOffset WrittenAt);
}
