namespace Forum.Domain.Features.Answers;

/// <summary>Staff take the staff-verified mark off an answer; the reputation it earned is reversed.</summary>
[RequiresMember(Roles = Roles.StaffOrAdmin)]
public sealed record WithdrawVerification(int AnswerId) : IRequest<VerificationResult>;

public sealed class WithdrawVerificationHandler(IForumDb db, ICurrentUser user, ReputationLedger ledger)
    : IRequestHandler<WithdrawVerification, VerificationResult>
{
    public async Task<VerificationResult> Handle(WithdrawVerification request, CancellationToken cancellationToken)
    {
        var answer = await db.FindVisibleAnswerAsync(request.AnswerId, user, cancellationToken);
        if (answer.WithdrawVerification() is { } verifierId)
        {
            await ledger.ReverseAsync(answer, verifierId, cancellationToken, ReputationReason.AnswerVerified);
            await db.SaveChangesAsync(cancellationToken);
        }
        return VerificationResult.Of(answer);
    }
}
