namespace Forum.Domain.Features.Live;

/// <summary>Whether the current user may hear live of a question's thread: only if they may see the question.</summary>
public sealed record CanFollowThread(int QuestionId) : IRequest<bool>;

public sealed class CanFollowThreadHandler(IForumDb db, ICurrentUser user) : IRequestHandler<CanFollowThread, bool>
{
    public Task<bool> Handle(CanFollowThread request, CancellationToken cancellationToken) =>
        db.Questions.AsNoTracking().Where(q => q.Id == request.QuestionId).VisibleTo(user).AnyAsync(cancellationToken);
}
