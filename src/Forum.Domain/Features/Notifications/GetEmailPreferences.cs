namespace Forum.Domain.Features.Notifications;

/// <summary>
/// For each kind of notification, whether the signed-in member also gets it by email (yes unless they said no); escalations
/// of waiting questions reach staff only, so only staff see that kind.
/// </summary>
[RequiresMember]
public sealed record GetEmailPreferences : IRequest<IReadOnlyList<EmailPreferenceItem>>;

public sealed class GetEmailPreferencesHandler(IForumDb db, ICurrentUser user, IForumTexts texts) : IRequestHandler<GetEmailPreferences, IReadOnlyList<EmailPreferenceItem>>
{
    public async Task<IReadOnlyList<EmailPreferenceItem>> Handle(GetEmailPreferences request, CancellationToken cancellationToken)
    {
        var off = await db.EmailPreferences.AsNoTracking().Where(p => p.MemberId == user.UserId && !p.SendEmail).Select(p => p.Kind).ToListAsync(cancellationToken);
        return Enum.GetValues<NotificationKind>().Where(k => k != NotificationKind.Escalation || Roles.IsStaff(user)).Select(k => new EmailPreferenceItem(k, NotificationKinds.Describe(k, texts), !off.Contains(k))).ToList();
    }
}

public sealed record EmailPreferenceItem(NotificationKind Kind, string Description, bool SendEmail);

public static class NotificationKinds
{
    /// <summary>What a kind of notification is about ("A new answer to my question"), in the language of the request.</summary>
    public static string Describe(NotificationKind kind, IForumTexts texts) => texts.Get(Languages.Current, $"NotificationKind.{kind}");
}
