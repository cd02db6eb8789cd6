namespace Forum.Domain.Features.Answers;

/// <summary>The author removes their own answer unless the asker has accepted it.</summary>
[RequiresMember]
public sealed record DeleteAnswer(int AnswerId) : IRequest<bool>;

public sealed class DeleteAnswerHandler(IForumDb db, ICurrentUser user, TimeProvider clock, ReputationLedger ledger)
    : IRequestHandler<DeleteAnswer, bool>
{
    public async Task<bool> Handle(DeleteAnswer request, CancellationToken cancellationToken)
    {
        var answer = await db.FindVisibleAnswerAsync(request.AnswerId, user, cancellationToken);
        if (!answer.IsAuthoredBy(user.UserId))
            throw new ForbiddenException("You can only delete your own answers.", Phrase.Of("Problem.DeleteOwnAnswers"));
        if (answer.Question!.AcceptedAnswerId == answer.Id)
            throw new ConflictException("This answer is accepted, so it can no longer be deleted.", said: Phrase.Of("Problem.AcceptedNotDeleted"));

        answer.Delete(answer.Question, clock.GetUtcNow());
        await ledger.ReverseAllAsync(answer, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
