namespace Forum.Domain.Features.Answers;

/// <summary>The asker takes back the acceptance of an answer; the question is open again.</summary>
[RequiresMember]
public sealed record WithdrawAcceptance(int AnswerId) : IRequest<AcceptanceResult>;

public sealed class WithdrawAcceptanceHandler(IForumDb db, ICurrentUser user, TimeProvider clock, ReputationLedger ledger)
    : IRequestHandler<WithdrawAcceptance, AcceptanceResult>
{
    public async Task<AcceptanceResult> Handle(WithdrawAcceptance request, CancellationToken cancellationToken)
    {
        var answer = await db.FindVisibleAnswerAsync(request.AnswerId, user, cancellationToken);
        var question = answer.Question!;
        if (!question.IsAuthoredBy(user.UserId))
            throw new ForbiddenException("Only the person who asked can withdraw an acceptance.", Phrase.Of("Problem.WithdrawOnlyAsker"));
        if (question.AcceptedAnswerId != answer.Id)
            throw new ConflictException("This answer is not the accepted one.", said: Phrase.Of("Problem.NotTheAcceptedAnswer"));

        question.WithdrawAcceptance(clock.GetUtcNow());
        await ledger.ReverseAsync(answer, question.AuthorId, cancellationToken, ReputationReason.AnswerAccepted, ReputationReason.AcceptedAnAnswer);
        await db.SaveChangesAsync(cancellationToken);
        return new AcceptanceResult(question.Id, null);
    }
}
