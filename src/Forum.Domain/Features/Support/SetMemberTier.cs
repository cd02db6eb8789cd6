namespace Forum.Domain.Features.Support;

/// <summary>Staff move a member to the Standard or the Priority support tier; their later questions keep it.</summary>
[RequiresMember(Roles = Roles.StaffOrAdmin)]
public sealed record SetMemberTier(string MemberId, SupportTier Tier) : IRequest<MemberTierResult>;

public sealed class SetMemberTierValidator : AbstractValidator<SetMemberTier>
{
    public SetMemberTierValidator(IForumTexts texts)
    {
        RuleFor(x => x.MemberId).NotEmpty().MaximumLength(450);
        RuleFor(x => x.Tier).IsInEnum().Says(texts, "Validation.Support.Tier");
    }
}

public sealed class SetMemberTierHandler(IForumDb db) : IRequestHandler<SetMemberTier, MemberTierResult>
{
    public async Task<MemberTierResult> Handle(SetMemberTier request, CancellationToken cancellationToken)
    {
        var member = await db.Members.SingleOrDefaultAsync(m => m.Id == request.MemberId, cancellationToken)
            ?? throw new NotFoundException("The member");
        member.SetTier(request.Tier);
        await db.SaveChangesAsync(cancellationToken);
        return new MemberTierResult(member.Id, member.DisplayName, member.Tier);
    }
}

public sealed record MemberTierResult(string Id, string DisplayName, SupportTier Tier);
