namespace Forum.Domain.Features.Moderation;

/// <summary>
/// The author of a post that a moderator hid or removed, or that members' flags hid, asks a moderator to look again and
/// says why. The request joins the moderation queue as a flag for a moderator's attention; the author hears the outcome
/// when it is decided (<see cref="Notifications.Notifier.FlagsResolvedAsync"/>).
/// </summary>
[RequiresMember]
public sealed record AskForReview(PostType PostType, int PostId, string Note) : IRequest<long>;

public sealed class AskForReviewValidator : AbstractValidator<AskForReview>
{
    public AskForReviewValidator(IForumTexts texts)
    {
        RuleFor(x => x.PostType).IsInEnum();
        RuleFor(x => x.Note).Must(Text.HasVisibleText).Says(texts, "Validation.Review.Note");
        RuleFor(x => x.Note).MaximumLength(FlagPostValidator.NoteMax).Says(texts, "Validation.Review.NoteLength", FlagPostValidator.NoteMax);
    }
}

public sealed class AskForReviewHandler(IForumDb db, ICurrentUser user, TimeProvider clock, WriteAllowance allowance) : IRequestHandler<AskForReview, long>
{
    public async Task<long> Handle(AskForReview request, CancellationToken cancellationToken)
    {
        var (post, question) = await db.FindOwnModeratedPostAsync(request.PostType, request.PostId, user, cancellationToken);
        await allowance.EnsureCanFlagAsync(user.UserId!, cancellationToken);
        if (await db.Flags.AnyAsync(f => f.ReporterId == user.UserId && f.PostType == post.Type && f.PostId == post.Id && f.Status == FlagStatus.Pending, cancellationToken))
            throw new ConflictException("You have already asked for a review of this post; a moderator will look at it.", said: Phrase.Of("Problem.ReviewAlreadyAsked"));

        var flag = new Flag(user.UserId!, post, question.Id, FlagReason.NeedsModerator, Text.CleanBody(request.Note), null, clock.GetUtcNow());
        db.Flags.Add(flag);
        await db.SaveChangesAsync(cancellationToken);
        return flag.Id;
    }
}
