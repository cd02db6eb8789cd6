namespace Forum.Domain.Features.Users;

/// <summary>Until when the signed-in member is suspended (null when they are not), to tell them before they write a post.</summary>
public sealed record GetMySuspension : IRequest<DateTimeOffset?>;

public sealed class GetMySuspensionHandler(IForumDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetMySuspension, DateTimeOffset?>
{
    public async Task<DateTimeOffset?> Handle(GetMySuspension request, CancellationToken cancellationToken)
    {
        if (user.UserId is not { } id)
            return null;
        var until = await db.Members.AsNoTracking().Where(m => m.Id == id).Select(m => m.SuspendedUntil).SingleOrDefaultAsync(cancellationToken);
        return until > clock.GetUtcNow() ? until : null;
    }
}
