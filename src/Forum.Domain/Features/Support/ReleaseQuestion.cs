namespace Forum.Domain.Features.Support;

/// <summary>The helper who took a question (or staff) gives it back to the queue before the time runs out.</summary>
[RequiresMember]
public sealed record ReleaseQuestion(int QuestionId) : IRequest<TakeResult>;

public sealed class ReleaseQuestionHandler(IForumDb db, ICurrentUser user) : IRequestHandler<ReleaseQuestion, TakeResult>
{
    public async Task<TakeResult> Handle(ReleaseQuestion request, CancellationToken cancellationToken)
    {
        var question = await db.FindVisibleQuestionAsync(request.QuestionId, user, cancellationToken);
        question.Release(user.UserId!, Roles.IsModeratorOrStaff(user));
        await db.SaveChangesAsync(cancellationToken);
        return new TakeResult(question.Id, null, null);
    }
}
