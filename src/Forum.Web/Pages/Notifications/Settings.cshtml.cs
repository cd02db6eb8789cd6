namespace Forum.Web.Pages.Notifications;

/// <summary>Which notifications also come by email.</summary>
public sealed class SettingsModel(IMediator mediator) : ForumPageModel(mediator)
{
    public IReadOnlyList<EmailPreferenceItem> Preferences { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Preferences = await Mediator.Send(new GetEmailPreferences(), ct);

    public async Task<IActionResult> OnPostAsync(List<NotificationKind> email, CancellationToken ct)
    {
        foreach (var preference in await Mediator.Send(new GetEmailPreferences(), ct))
        {
            var wanted = email.Contains(preference.Kind);
            if (wanted != preference.SendEmail)
                await Mediator.Send(new SetEmailPreference(preference.Kind, wanted), ct);
        }
        StatusMessage = Texts["Notifications.Saved"];
        return RedirectToPage();
    }
}
