using Microsoft.Extensions.Caching.Memory;

namespace Forum.Infrastructure.Caching;

/// <summary>
/// The questions similar to a question (<see cref="FindSimilarQuestions"/> with a question id), kept: the full-text
/// ranking behind them is the costliest read of the question page, and its answer is the same for every reader
/// (public questions only) and changes slowly, so it is kept for <see cref="RankingLifetime"/> across writes. Which
/// of them are still public (the question itself included) is read again after every committed write
/// (<see cref="IReadCache"/>): a question hidden, held or deleted since is never offered, and a question hidden since
/// has no similar questions to show (404), exactly as without the cache.
/// </summary>
public sealed class SimilarQuestionsCache(IMemoryCache rankings, IReadCache reads, IMediator mediator)
    : IPipelineBehavior<FindSimilarQuestions, IReadOnlyList<SimilarQuestion>>
{
    public static readonly TimeSpan RankingLifetime = TimeSpan.FromMinutes(5);

    public async Task<IReadOnlyList<SimilarQuestion>> Handle(
        FindSimilarQuestions request, CancellationToken cancellationToken, RequestHandlerDelegate<IReadOnlyList<SimilarQuestion>> next)
    {
        if (request is not { QuestionId: { } id, Text: null })
            return await next();
        return await reads.GetOrReadAsync(("public-similar-questions", id, request.Count), async () =>
        {
            var ranked = await rankings.GetOrCreateAsync(("similar-questions", id, request.Count), entry =>
            {
                entry.AbsoluteExpirationRelativeToNow = RankingLifetime;
                return next();
            }) ?? [];
            var stillPublic = await mediator.Send(new StillPublicQuestions([id, .. ranked.Select(q => q.Id)]), cancellationToken);
            if (!stillPublic.Contains(id))
                throw new NotFoundException("The question");
            return (IReadOnlyList<SimilarQuestion>)[.. ranked.Where(q => stillPublic.Contains(q.Id))];
        });
    }
}
