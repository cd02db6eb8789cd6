namespace Forum.Domain.Features.Notifications;

/// <summary>
/// For each kind of notification, whether the signed-in member also gets it by email (yes unless they said no); escalations
/// of waiting questions reach staff only, so only staff see that kind.
/// </summary>
[RequiresMember]
public sealed record GetEmailPreferences : IRequest<IReadOnlyList<EmailPreferenceItem>>;

public sealed class GetEmailPreferencesHandler(IForumDb db, ICurrentUser user) : IRequestHandler<GetEmailPreferences, IReadOnlyList<EmailPreferenceItem>>
{
    public async Task<IReadOnlyList<EmailPreferenceItem>> Handle(GetEmailPreferences request, CancellationToken cancellationToken)
    {
        var off = await db.EmailPreferences.AsNoTracking().Where(p => p.MemberId == user.UserId && !p.SendEmail).Select(p => p.Kind).ToListAsync(cancellationToken);
        return Enum.GetValues<NotificationKind>().Where(k => k != NotificationKind.Escalation || Roles.IsStaff(user)).Select(k => new EmailPreferenceItem(k, NotificationKinds.Describe(k), !off.Contains(k))).ToList();
    }
}

public sealed record EmailPreferenceItem(NotificationKind Kind, string Description, bool SendEmail);

public static class NotificationKinds
{
    public static string Describe(NotificationKind kind) => kind switch
    {
        NotificationKind.QuestionReceived => "My question was received",
        NotificationKind.NewAnswerOnYourQuestion => "A new answer to my question",
        NotificationKind.NewAnswerOnWatchedQuestion => "A new answer to a question I watch",
        NotificationKind.AnswerAccepted => "My answer was accepted",
        NotificationKind.Mention => "Someone mentioned me",
        NotificationKind.FollowUp => "Is my solved question still solved?",
        NotificationKind.AnswerVerified => "Staff verified my answer",
        NotificationKind.AnswerPromoted => "My answer was promoted into the FAQ",
        NotificationKind.FlagOutcome => "The outcome of my flag",
        NotificationKind.FaqRevisionReviewed => "My FAQ revision was reviewed",
        NotificationKind.NeedsMoreInfo => "A helper needs more information from me",
        NotificationKind.BadgeEarned => "I earned a badge",
        NotificationKind.PostModerated => "A moderator hid or removed my post",
        NotificationKind.Escalation => "A question is about to miss its response target (staff)",
        _ => kind.ToString(),
    };
}
