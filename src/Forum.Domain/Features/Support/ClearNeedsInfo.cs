using Forum.Domain.Common;
using Forum.Domain.Features.Questions;
using Forum.Domain.Features.Reputation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Features.Support;

/// <summary>The question no longer waits for information (the asker says so, or a helper changes their mind): back into the queue.</summary>
[Authorize]
public sealed record ClearNeedsInfo(int QuestionId) : IRequest<NeedsInfoResult>;

public sealed class ClearNeedsInfoHandler(IForumDb db, ICurrentUser user, IClock clock, ReputationRules rules)
    : IRequestHandler<ClearNeedsInfo, NeedsInfoResult>
{
    public async Task<NeedsInfoResult> Handle(ClearNeedsInfo request, CancellationToken cancellationToken)
    {
        var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == request.QuestionId && q.DeletedAt == null, cancellationToken)
            ?? throw new NotFoundException("The question");
        if (!question.IsAuthoredBy(user.UserId) && !PostPermissions.IsModeratorOrStaff(user))
        {
            var reputation = await db.Members.Where(m => m.Id == user.UserId).Select(m => m.Reputation).SingleAsync(cancellationToken);
            if (reputation < rules.VoteUpPrivilege)
                throw new ForbiddenException($"You need {rules.VoteUpPrivilege} reputation to manage the Needs attention queue.");
        }
        question.ClearNeedsInfo(clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return new NeedsInfoResult(question.Id, null);
    }
}
