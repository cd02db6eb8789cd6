namespace Forum.Domain.Features.Moderation;

/// <summary>A moderator closes a question as a duplicate of a public original, which its page then links to; it takes no more answers.</summary>
[RequiresMember(Roles = Roles.ModeratorStaffOrAdmin)]
public sealed record CloseAsDuplicate(int QuestionId, int? DuplicateOfQuestionId, string? Reason = null) : IQuestionModerationRequest;

public sealed class CloseAsDuplicateValidator : ModerationRequestValidator<CloseAsDuplicate>
{
    public CloseAsDuplicateValidator(IForumTexts texts) : base(texts)
    {
        RuleFor(x => x.DuplicateOfQuestionId).NotNull().GreaterThan(0).Says(texts, "Validation.Flag.Original");
    }
}

public sealed class CloseAsDuplicateHandler(IForumDb db, ModerationDesk desk) : IRequestHandler<CloseAsDuplicate, ModerationResult>
{
    public async Task<ModerationResult> Handle(CloseAsDuplicate request, CancellationToken cancellationToken)
    {
        var decision = await desk.OpenAsync(request, cancellationToken);
        var question = decision.Question;
        decision.Require(question.Status is QuestionStatus.Open or QuestionStatus.Solved, "This question is already locked or closed.", Phrase.Of("Problem.AlreadyLockedOrClosed"));
        var originalId = request.DuplicateOfQuestionId!.Value;
        question.CloseAsDuplicateOf(await OriginalAsync(originalId, question.Id, cancellationToken));
        decision.UpholdFlags(FlagResolutions.ClosedAsDuplicate);
        decision.Reason ??= ModerationReasons.DuplicateOf(originalId);
        return await desk.CloseAsync(decision, ModerationActionType.CloseDuplicate, cancellationToken);
    }

    private async Task<Question> OriginalAsync(int originalId, int questionId, CancellationToken ct) =>
        originalId == questionId
            ? throw new RuleViolationException(nameof(CloseAsDuplicate.DuplicateOfQuestionId), "A question cannot be a duplicate of itself.", Phrase.Of("Problem.DuplicateOfItself"))
            : await db.Questions.Where(q => q.Id == originalId).Where(ContentVisibility.IsPublicQuestion).SingleOrDefaultAsync(ct)
              ?? throw new RuleViolationException(nameof(CloseAsDuplicate.DuplicateOfQuestionId), "The original question was not found.", Phrase.Of("Problem.OriginalNotFound"));
}
