namespace Forum.Domain.Features.Questions;

/// <summary>The asker removes their own question while no one has answered it yet.</summary>
[RequiresMember]
public sealed record DeleteQuestion(int QuestionId) : IRequest<bool>;

public sealed class DeleteQuestionHandler(IForumDb db, ICurrentUser user, TimeProvider clock, ReputationLedger ledger)
    : IRequestHandler<DeleteQuestion, bool>
{
    public async Task<bool> Handle(DeleteQuestion request, CancellationToken cancellationToken)
    {
        var question = await db.FindVisibleQuestionAsync(request.QuestionId, user, cancellationToken);
        if (!question.IsAuthoredBy(user.UserId))
            throw new ForbiddenException("You can only delete your own questions.", Phrase.Of("Problem.DeleteOwnQuestions"));
        if (question.AnswerCount > 0)
            throw new ConflictException("This question has answers, so it can no longer be deleted.", said: Phrase.Of("Problem.HasAnswersNotDeleted"));

        question.Delete(clock.GetUtcNow());
        await ledger.ReverseAllAsync(question, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
