namespace Forum.Domain.Features.Support;

[RequiresMember(Roles = Roles.StaffOrAdmin)]
public sealed record DeleteCommonResponse(int Id) : IRequest<Unit>;

public sealed class DeleteCommonResponseHandler(IForumDb db) : IRequestHandler<DeleteCommonResponse, Unit>
{
    public async Task<Unit> Handle(DeleteCommonResponse request, CancellationToken cancellationToken)
    {
        var response = await db.CommonResponses.SingleOrDefaultAsync(r => r.Id == request.Id, cancellationToken)
            ?? throw new NotFoundException("The common response");
        db.CommonResponses.Remove(response);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
