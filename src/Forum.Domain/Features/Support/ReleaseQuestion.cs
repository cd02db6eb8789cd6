using Forum.Domain.Common;
using Forum.Domain.Features.Questions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Features.Support;

/// <summary>The helper who took a question (or staff) gives it back to the queue before the time runs out.</summary>
[Authorize]
public sealed record ReleaseQuestion(int QuestionId) : IRequest<TakeResult>;

public sealed class ReleaseQuestionHandler(IForumDb db, ICurrentUser user) : IRequestHandler<ReleaseQuestion, TakeResult>
{
    public async Task<TakeResult> Handle(ReleaseQuestion request, CancellationToken cancellationToken)
    {
        var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == request.QuestionId && q.DeletedAt == null, cancellationToken)
            ?? throw new NotFoundException("The question");
        question.Release(user.UserId!, Roles.IsModeratorOrStaff(user));
        await db.SaveChangesAsync(cancellationToken);
        return new TakeResult(question.Id, null, null);
    }
}
