namespace Forum.Domain.Features.Support;

/// <summary>After accepting an answer the asker may rate the help from 1 to 5, with a comment; rating again replaces it.</summary>
[RequiresMember]
public sealed record RateHelp(int QuestionId, int Rating, string? Comment) : IRequest<RatingResult>;

public sealed class RateHelpValidator : AbstractValidator<RateHelp>
{
    public const int CommentMax = 1000;

    public RateHelpValidator(IForumTexts texts)
    {
        RuleFor(x => x.Rating).InclusiveBetween(1, 5).Says(texts, "Validation.Rate.Rating");
        RuleFor(x => x.Comment).Must(c => Text.CleanBody(c).Length <= CommentMax).Says(texts, "Validation.Rate.Comment", CommentMax);
    }
}

public sealed class RateHelpHandler(IForumDb db, ICurrentUser user) : IRequestHandler<RateHelp, RatingResult>
{
    public async Task<RatingResult> Handle(RateHelp request, CancellationToken cancellationToken)
    {
        var question = await db.FindVisibleQuestionAsync(request.QuestionId, user, cancellationToken);
        if (!question.IsAuthoredBy(user.UserId))
            throw new ForbiddenException("Only the person who asked can rate the help.", Phrase.Of("Problem.RateOnlyAsker"));
        question.Rate(request.Rating, Text.CleanBody(request.Comment));
        await db.SaveChangesAsync(cancellationToken);
        return new RatingResult(question.Id, question.SatisfactionRating!.Value, question.SatisfactionComment);
    }
}

public sealed record RatingResult(int QuestionId, int Rating, string? Comment);
