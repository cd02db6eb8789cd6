namespace Forum.Domain.Features.Moderation;

/// <summary>A moderator lifts a member's suspension before it ends (a mistake, an appeal); written to the audit log.</summary>
[RequiresMember(Roles = Roles.ModeratorStaffOrAdmin)]
public sealed record LiftSuspension(string MemberId, string? Reason = null) : IRequest<LiftSuspensionResult>;

public sealed class LiftSuspensionValidator : AbstractValidator<LiftSuspension>
{
    public LiftSuspensionValidator(IForumTexts texts)
    {
        RuleFor(x => x.MemberId).NotEmpty().MaximumLength(450);
        RuleFor(x => x.Reason).MaximumLength(ModerationCodes.ReasonMax).Says(texts, "Validation.Moderation.ReasonLength", ModerationCodes.ReasonMax);
    }
}

public sealed class LiftSuspensionHandler(IForumDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<LiftSuspension, LiftSuspensionResult>
{
    public async Task<LiftSuspensionResult> Handle(LiftSuspension request, CancellationToken cancellationToken)
    {
        var member = await db.Members.SingleOrDefaultAsync(m => m.Id == request.MemberId, cancellationToken)
            ?? throw new NotFoundException("The member");
        var now = clock.GetUtcNow();
        if (!member.IsSuspendedAt(now))
            throw new ConflictException("This member is not suspended.", said: Phrase.Of("Problem.NotSuspended"));
        var until = member.SuspendedUntil!.Value;
        member.LiftSuspension();
        var reason = Text.CleanLine(request.Reason);
        db.ModerationActions.Add(new ModerationAction(user.UserId, ModerationActionType.LiftSuspension, null, null, null, member.Id,
            reason.Length == 0 ? null : reason, now));
        await db.SaveChangesAsync(cancellationToken);
        return new LiftSuspensionResult(member.Id, until);
    }
}

/// <param name="WasSuspendedUntil">When the lifted suspension would have ended.</param>
public sealed record LiftSuspensionResult(string MemberId, DateTimeOffset WasSuspendedUntil);
