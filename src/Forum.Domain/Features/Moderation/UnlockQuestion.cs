namespace Forum.Domain.Features.Moderation;

/// <summary>A moderator opens a locked question, or one closed as a duplicate, for answers again; its flags stay pending.</summary>
[RequiresMember(Roles = Roles.ModeratorStaffOrAdmin)]
public sealed record UnlockQuestion(int QuestionId, string? Reason = null) : IQuestionModerationRequest;

public sealed class UnlockQuestionValidator(IForumTexts texts) : ModerationRequestValidator<UnlockQuestion>(texts);

public sealed class UnlockQuestionHandler(ModerationDesk desk) : IRequestHandler<UnlockQuestion, ModerationResult>
{
    public async Task<ModerationResult> Handle(UnlockQuestion request, CancellationToken cancellationToken)
    {
        var decision = await desk.OpenAsync(request, cancellationToken);
        decision.Require(decision.Question.Status is QuestionStatus.Locked or QuestionStatus.ClosedAsDuplicate, "This question is not locked or closed.", Phrase.Of("Problem.NotLockedOrClosed"));
        decision.Question.Reopen(decision.Now);
        return await desk.CloseAsync(decision, ModerationActionType.Unlock, cancellationToken);
    }
}
