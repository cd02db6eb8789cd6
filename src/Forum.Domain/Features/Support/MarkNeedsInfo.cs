namespace Forum.Domain.Features.Support;

/// <summary>
/// A helper says the question needs more information from the asker: it leaves the queue until the asker edits it or
/// replies, then comes back at the top of its tier. Helpers are members who may vote up, moderators and staff.
/// </summary>
[RequiresMember]
public sealed record MarkNeedsInfo(int QuestionId) : IRequest<NeedsInfoResult>;

public sealed class MarkNeedsInfoHandler(IForumDb db, ICurrentUser user, TimeProvider clock, QueuePermissions permissions, Notifier notifier)
    : IRequestHandler<MarkNeedsInfo, NeedsInfoResult>
{
    public async Task<NeedsInfoResult> Handle(MarkNeedsInfo request, CancellationToken cancellationToken)
    {
        var question = await db.FindVisibleQuestionAsync(request.QuestionId, user, cancellationToken);
        if (question.IsAuthoredBy(user.UserId))
            throw new ForbiddenException("Helpers mark a question as needing more information; as the asker, edit it to add what is missing.", Phrase.Of("Problem.NeedsInfoNotAsker"));
        await permissions.EnsureCanManageQueueAsync(cancellationToken);
        var me = await db.CurrentMemberAsync(user, cancellationToken);
        if (question.NeedsInfoSince is not null)
            return new NeedsInfoResult(question.Id, question.NeedsInfoSince);

        question.MarkNeedsInfo(clock.GetUtcNow());
        await notifier.NotifyAsync(question.AuthorId, NotificationKind.NeedsMoreInfo,
            Phrase.Of("Notification.NeedsMoreInfo", me.DisplayName), question, "", cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new NeedsInfoResult(question.Id, question.NeedsInfoSince);
    }
}

public sealed record NeedsInfoResult(int QuestionId, DateTimeOffset? NeedsInfoSince);
