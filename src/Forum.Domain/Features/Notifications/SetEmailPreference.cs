namespace Forum.Domain.Features.Notifications;

/// <summary>The signed-in member turns email for one kind of notification on or off (in-app notifications stay).</summary>
[RequiresMember]
public sealed record SetEmailPreference(NotificationKind Kind, bool SendEmail) : IRequest<EmailPreferenceItem>;

public sealed class SetEmailPreferenceValidator : AbstractValidator<SetEmailPreference>
{
    public SetEmailPreferenceValidator() => RuleFor(x => x.Kind).IsInEnum();
}

public sealed class SetEmailPreferenceHandler(IForumDb db, ICurrentUser user, IForumTexts texts) : IRequestHandler<SetEmailPreference, EmailPreferenceItem>
{
    public async Task<EmailPreferenceItem> Handle(SetEmailPreference request, CancellationToken cancellationToken)
    {
        var preference = await db.EmailPreferences.SingleOrDefaultAsync(p => p.MemberId == user.UserId && p.Kind == request.Kind, cancellationToken);
        if (preference is null)
            db.EmailPreferences.Add(new EmailPreference(user.UserId!, request.Kind, request.SendEmail));
        else
            preference.Change(request.SendEmail);
        await db.SaveChangesAsync(cancellationToken);
        return new EmailPreferenceItem(request.Kind, NotificationKinds.Describe(request.Kind, texts), request.SendEmail);
    }
}
