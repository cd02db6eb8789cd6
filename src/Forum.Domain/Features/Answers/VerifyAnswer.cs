namespace Forum.Domain.Features.Answers;

/// <summary>Staff mark an answer as staff-verified (official); its author earns reputation unless it is their own.</summary>
[RequiresMember(Roles = Roles.StaffOrAdmin)]
public sealed record VerifyAnswer(int AnswerId) : IRequest<VerificationResult>;

public sealed class VerifyAnswerHandler(IForumDb db, ICurrentUser user, TimeProvider clock, ReputationLedger ledger, ReputationRules rules, Notifier notifier)
    : IRequestHandler<VerifyAnswer, VerificationResult>
{
    public async Task<VerificationResult> Handle(VerifyAnswer request, CancellationToken cancellationToken)
    {
        var answer = await db.FindVisibleAnswerAsync(request.AnswerId, user, cancellationToken);
        var staffId = user.UserId!;
        if (answer.Verify(staffId, clock.GetUtcNow()))
        {
            if (!answer.IsAuthoredBy(staffId))
            {
                await ledger.AwardAsync(answer.AuthorId, rules.AnswerVerified, ReputationReason.AnswerVerified, answer, staffId, cancellationToken);
                await notifier.NotifyAboutAnswerAsync(answer.AuthorId, NotificationKind.AnswerVerified,
                    Phrase.Of("Notification.AnswerVerified", answer.Question!.Title), answer.Question!, answer, cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
        }
        return VerificationResult.Of(answer);
    }
}

public sealed record VerificationResult(int AnswerId, int QuestionId, bool IsVerified, DateTimeOffset? VerifiedAt)
{
    public static VerificationResult Of(Answer answer) => new(answer.Id, answer.QuestionId, answer.IsVerified, answer.VerifiedAt);
}
