using FluentValidation;
using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Questions;
using MediatR;

namespace Forum.Domain.Features.Users;

/// <summary>The signed-in member chooses the name the forum shows for them; names need not be unique.</summary>
[Authorize]
public sealed record ChangeDisplayName(string DisplayName) : IRequest<DisplayNameResult>;

public sealed class ChangeDisplayNameValidator : AbstractValidator<ChangeDisplayName>
{
    public ChangeDisplayNameValidator()
    {
        RuleFor(x => Text.CleanLine(x.DisplayName)).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter a display name.")
            .Must(n => n.Length >= Member.DisplayNameMin).WithMessage($"A display name has at least {Member.DisplayNameMin} characters.")
            .Must(n => n.Length <= Member.DisplayNameMax).WithMessage($"A display name has at most {Member.DisplayNameMax} characters.")
            .Must(n => n.Any(char.IsLetterOrDigit)).WithMessage("A display name needs at least one letter or digit.")
            .OverridePropertyName(nameof(ChangeDisplayName.DisplayName));
    }
}

public sealed class ChangeDisplayNameHandler(IForumDb db, ICurrentUser user, IClock clock, WriteAllowance allowance)
    : IRequestHandler<ChangeDisplayName, DisplayNameResult>
{
    /// <summary>Names that would pass a member off as the forum's own people; only moderators and staff may use them.</summary>
    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
        { "moderator", "staff", "admin", "administrator", "forum" };

    public async Task<DisplayNameResult> Handle(ChangeDisplayName request, CancellationToken cancellationToken)
    {
        var name = Text.CleanLine(request.DisplayName);
        if (ReservedNames.Contains(name) && !Roles.IsModeratorOrStaff(user))
            throw new RuleViolationException(nameof(request.DisplayName), $"\"{name}\" is kept for the forum's team; choose another name.");
        var member = await db.CurrentMemberAsync(user, cancellationToken);
        if (member.DisplayName == name)
            return new DisplayNameResult(member.Id, member.DisplayName);
        allowance.EnsureCanRename(member);
        member.Rename(name, clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return new DisplayNameResult(member.Id, member.DisplayName);
    }
}

public sealed record DisplayNameResult(string Id, string DisplayName);
