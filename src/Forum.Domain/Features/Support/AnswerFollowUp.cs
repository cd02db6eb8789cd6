namespace Forum.Domain.Features.Support;

/// <summary>
/// The asker answers "Is this still solved?": signed in, or through the signed, expiring link from the email (then
/// <paramref name="Token"/> stands for the sign-in). Each follow-up is answered once. "No" reopens the question into
/// the Needs attention queue with a note.
/// </summary>
public sealed record AnswerFollowUp(int QuestionId, bool StillSolved, string? Token = null) : IRequest<FollowUpResult>;

public sealed class AnswerFollowUpValidator : AbstractValidator<AnswerFollowUp>
{
    public AnswerFollowUpValidator() => RuleFor(x => x.Token).MaximumLength(2000);
}

public sealed class AnswerFollowUpHandler(IForumDb db, ICurrentUser user, TimeProvider clock, ISignedTokens tokens)
    : IRequestHandler<AnswerFollowUp, FollowUpResult>
{
    public async Task<FollowUpResult> Handle(AnswerFollowUp request, CancellationToken cancellationToken)
    {
        var question = await db.FindVisibleQuestionAsync(request.QuestionId, user, cancellationToken);
        if (!string.IsNullOrEmpty(request.Token))
        {
            if (FollowUpTokens.Read(tokens, request.Token) is not { } link || link.QuestionId != question.Id)
                throw new ForbiddenException("This follow-up link is not valid.", Phrase.Of("Problem.FollowUpLinkInvalid"));
            if (link.Expires < clock.GetUtcNow())
                throw new ForbiddenException("This follow-up link has expired. Log in and answer on the question's page.", Phrase.Of("Problem.FollowUpLinkExpired"));
        }
        else if (user.UserId is null)
            throw new UnauthenticatedException();
        else if (!question.IsAuthoredBy(user.UserId))
            throw new ForbiddenException("Only the person who asked can answer the follow-up.", Phrase.Of("Problem.FollowUpOnlyAsker"));

        question.AnswerFollowUp(request.StillSolved, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return new FollowUpResult(question.Id, question.Slug, question.FollowUpOutcome, question.Status);
    }
}

public sealed record FollowUpResult(int QuestionId, string Slug, FollowUpOutcome Outcome, QuestionStatus Status);
