namespace Forum.Domain.Features.Support;

/// <summary>The question no longer waits for information (the asker says so, or a helper changes their mind): back into the queue.</summary>
[RequiresMember]
public sealed record ClearNeedsInfo(int QuestionId) : IRequest<NeedsInfoResult>;

public sealed class ClearNeedsInfoHandler(IForumDb db, ICurrentUser user, TimeProvider clock, QueuePermissions permissions)
    : IRequestHandler<ClearNeedsInfo, NeedsInfoResult>
{
    public async Task<NeedsInfoResult> Handle(ClearNeedsInfo request, CancellationToken cancellationToken)
    {
        var question = await db.FindVisibleQuestionAsync(request.QuestionId, user, cancellationToken);
        if (!question.IsAuthoredBy(user.UserId))
            await permissions.EnsureCanManageQueueAsync(cancellationToken);
        question.ClearNeedsInfo(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new NeedsInfoResult(question.Id, null);
    }
}
