namespace Forum.Domain.Features.Notifications;

/// <summary>Starts (<paramref name="Watching"/> true) or stops following a question's new answers.</summary>
[RequiresMember]
public sealed record WatchQuestion(int QuestionId, bool Watching = true) : IRequest<WatchResult>;

public sealed class WatchQuestionHandler(IForumDb db, ICurrentUser user, Notifier notifier) : IRequestHandler<WatchQuestion, WatchResult>
{
    public async Task<WatchResult> Handle(WatchQuestion request, CancellationToken cancellationToken)
    {
        var question = await db.FindVisibleQuestionAsync(request.QuestionId, user, cancellationToken);
        if (request.Watching)
            await notifier.WatchAsync(question, user.UserId!, cancellationToken);
        else
            db.Watches.RemoveRange(await db.Watches.Where(w => w.QuestionId == question.Id && w.MemberId == user.UserId).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return new WatchResult(question.Id, request.Watching);
    }
}

public sealed record WatchResult(int QuestionId, bool Watching);
