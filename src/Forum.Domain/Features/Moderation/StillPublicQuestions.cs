namespace Forum.Domain.Features.Moderation;

/// <summary>
/// Which of these questions are still public (<see cref="ContentVisibility"/>): for lists kept in memory a while, such as
/// similar questions, so that a question hidden, held or deleted since is never shown from the cache.
/// </summary>
public sealed record StillPublicQuestions(IReadOnlyCollection<int> QuestionIds) : IRequest<IReadOnlySet<int>>;

public sealed class StillPublicQuestionsHandler(IForumDb db) : IRequestHandler<StillPublicQuestions, IReadOnlySet<int>>
{
    public async Task<IReadOnlySet<int>> Handle(StillPublicQuestions request, CancellationToken cancellationToken)
    {
        if (request.QuestionIds.Count == 0)
            return new HashSet<int>();
        var ids = request.QuestionIds.Take(100).ToList();
        return (await db.Questions.AsNoTracking().Where(q => ids.Contains(q.Id)).Where(ContentVisibility.IsPublicQuestion)
            .Select(q => q.Id).ToListAsync(cancellationToken)).ToHashSet();
    }
}
