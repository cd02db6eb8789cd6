using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Notifications;
using Forum.Domain.Features.Reputation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Features.Answers;

/// <summary>Staff mark an answer as staff-verified (official); its author earns reputation unless it is their own.</summary>
[Authorize(Roles = Roles.StaffOrAdmin)]
public sealed record VerifyAnswer(int AnswerId) : IRequest<VerificationResult>;

public sealed class VerifyAnswerHandler(IForumDb db, ICurrentUser user, IClock clock, ReputationLedger ledger, ReputationRules rules, Notifier notifier)
    : IRequestHandler<VerifyAnswer, VerificationResult>
{
    public async Task<VerificationResult> Handle(VerifyAnswer request, CancellationToken cancellationToken)
    {
        var answer = await db.FindLiveAnswerAsync(request.AnswerId, cancellationToken);
        var staffId = user.UserId!;
        if (answer.Verify(staffId, clock.UtcNow))
        {
            if (!answer.IsAuthoredBy(staffId))
            {
                await ledger.AwardAsync(answer.AuthorId, rules.AnswerVerified, ReputationReason.AnswerVerified, answer, staffId, cancellationToken);
                await notifier.NotifyAsync(answer.AuthorId, NotificationKind.AnswerVerified,
                    $"Staff marked your answer to \"{answer.Question!.Title}\" as an official answer.", answer.Question, $"#answer-{answer.Id}", cancellationToken);
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

public static class AnswerLookup
{
    /// <summary>An answer that is not deleted, on a question that is not deleted, with its question loaded.</summary>
    public static async Task<Answer> FindLiveAnswerAsync(this IForumDb db, int answerId, CancellationToken ct) =>
        await db.Answers.Include(a => a.Question)
            .SingleOrDefaultAsync(a => a.Id == answerId && a.DeletedAt == null && a.Question!.DeletedAt == null, ct)
        ?? throw new NotFoundException("The answer");
}
