namespace Forum.Domain.Features.Answers;

/// <summary>The asker accepts an answer to their question, replacing any earlier acceptance.</summary>
[RequiresMember]
public sealed record AcceptAnswer(int AnswerId) : IRequest<AcceptanceResult>;

public sealed class AcceptAnswerHandler(IForumDb db, ICurrentUser user, TimeProvider clock, ReputationLedger ledger, ReputationRules rules, Notifier notifier)
    : IRequestHandler<AcceptAnswer, AcceptanceResult>
{
    public async Task<AcceptanceResult> Handle(AcceptAnswer request, CancellationToken cancellationToken)
    {
        var answer = await db.FindVisibleAnswerAsync(request.AnswerId, user, cancellationToken);
        var question = answer.Question!;
        if (!question.IsAuthoredBy(user.UserId))
            throw new ForbiddenException("Only the person who asked can accept an answer.", Phrase.Of("Problem.AcceptOnlyAsker"));
        if (question.Status is not (QuestionStatus.Open or QuestionStatus.Solved))
            throw new ConflictException("This question is closed; its accepted answer can no longer change.", said: Phrase.Of("Problem.AcceptedAnswerClosed"));
        if (question.AcceptedAnswerId == answer.Id)
            return new AcceptanceResult(question.Id, answer.Id);

        if (question.AcceptedAnswerId is { } previousId)
        {
            var previous = await db.Answers.SingleAsync(a => a.Id == previousId, cancellationToken);
            await ledger.ReverseAsync(previous, question.AuthorId, cancellationToken, ReputationReason.AnswerAccepted, ReputationReason.AcceptedAnAnswer);
        }
        question.Accept(answer, clock.GetUtcNow());
        if (!answer.IsAuthoredBy(question.AuthorId))
        {
            await ledger.AwardAsync(answer.AuthorId, rules.AnswerAccepted, ReputationReason.AnswerAccepted, answer, question.AuthorId, cancellationToken);
            await ledger.AwardAsync(question.AuthorId, rules.AcceptedAnAnswer, ReputationReason.AcceptedAnAnswer, answer, question.AuthorId, cancellationToken);
            await notifier.NotifyAboutAnswerAsync(answer.AuthorId, NotificationKind.AnswerAccepted, Phrase.Of("Notification.AnswerAccepted"), question, answer, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return new AcceptanceResult(question.Id, question.AcceptedAnswerId);
    }
}

public sealed record AcceptanceResult(int QuestionId, int? AcceptedAnswerId);
