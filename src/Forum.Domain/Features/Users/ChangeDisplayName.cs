namespace Forum.Domain.Features.Users;

/// <summary>
/// The signed-in member chooses the name the forum shows for them: one that no other member's name looks like, and
/// none of the team's words unless they are on the team (<see cref="DisplayNameRules"/>).
/// </summary>
[RequiresMember]
public sealed record ChangeDisplayName(string DisplayName) : IRequest<DisplayNameResult>;

public sealed class ChangeDisplayNameValidator : AbstractValidator<ChangeDisplayName>
{
    public ChangeDisplayNameValidator(IForumTexts texts)
    {
        RuleFor(x => Text.CleanLine(x.DisplayName))
            .Must(n => DisplayNameRules.FormProblem(n) is null).Says(texts, n => DisplayNameRules.FormProblem(n)!)
            .OverridePropertyName(nameof(ChangeDisplayName.DisplayName));
    }
}

public sealed class ChangeDisplayNameHandler(IForumDb db, ICurrentUser user, TimeProvider clock, WriteAllowance allowance)
    : IRequestHandler<ChangeDisplayName, DisplayNameResult>
{
    public async Task<DisplayNameResult> Handle(ChangeDisplayName request, CancellationToken cancellationToken)
    {
        var name = Text.CleanLine(request.DisplayName);
        var member = await db.CurrentMemberAsync(user, cancellationToken);
        if (member.DisplayName == name)
            return new DisplayNameResult(member.Id, member.DisplayName);
        await DisplayNameRules.EnsureAvailableAsync(db, name, Roles.IsModeratorOrStaff(user), member.Id, nameof(request.DisplayName), cancellationToken);
        allowance.EnsureCanRename(member);
        member.Rename(name, clock.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (ConflictException)
        {
            // Another member took a look-alike of this name at the same moment; the unique index let only one of them have it.
            if (await DisplayNameRules.IsTakenAsync(db, name, member.Id, cancellationToken))
                throw DisplayNameRules.Taken(name, nameof(request.DisplayName));
            throw;
        }
        return new DisplayNameResult(member.Id, member.DisplayName);
    }
}

public sealed record DisplayNameResult(string Id, string DisplayName);
