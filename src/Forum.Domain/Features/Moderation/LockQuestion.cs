namespace Forum.Domain.Features.Moderation;

/// <summary>A moderator locks a heated thread: it takes no answers or votes until it is unlocked (<see cref="UnlockQuestion"/>).</summary>
[RequiresMember(Roles = Roles.ModeratorStaffOrAdmin)]
public sealed record LockQuestion(int QuestionId, string? Reason = null) : IQuestionModerationRequest;

public sealed class LockQuestionValidator(IForumTexts texts) : ModerationRequestValidator<LockQuestion>(texts);

public sealed class LockQuestionHandler(ModerationDesk desk) : IRequestHandler<LockQuestion, ModerationResult>
{
    public async Task<ModerationResult> Handle(LockQuestion request, CancellationToken cancellationToken)
    {
        var decision = await desk.OpenAsync(request, cancellationToken);
        decision.Require(decision.Question.Status is QuestionStatus.Open or QuestionStatus.Solved, "This question is already locked or closed.", Phrase.Of("Problem.AlreadyLockedOrClosed"));
        decision.Question.Lock();
        decision.UpholdFlags(FlagResolutions.QuestionLocked);
        return await desk.CloseAsync(decision, ModerationActionType.Lock, cancellationToken);
    }
}
