using Forum.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Features.Support;

/// <summary>The question no longer waits for information (the asker says so, or a helper changes their mind): back into the queue.</summary>
[Authorize]
public sealed record ClearNeedsInfo(int QuestionId) : IRequest<NeedsInfoResult>;

public sealed class ClearNeedsInfoHandler(IForumDb db, ICurrentUser user, IClock clock, QueuePermissions permissions)
    : IRequestHandler<ClearNeedsInfo, NeedsInfoResult>
{
    public async Task<NeedsInfoResult> Handle(ClearNeedsInfo request, CancellationToken cancellationToken)
    {
        var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == request.QuestionId && q.DeletedAt == null, cancellationToken)
            ?? throw new NotFoundException("The question");
        if (!question.IsAuthoredBy(user.UserId))
            await permissions.EnsureCanManageQueueAsync(cancellationToken);
        question.ClearNeedsInfo(clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return new NeedsInfoResult(question.Id, null);
    }
}
