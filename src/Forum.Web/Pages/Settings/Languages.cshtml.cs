namespace Forum.Web.Pages.Settings;

/// <summary>
/// A member's languages: the one the forum speaks to them in (pages, notifications, emails) and the ones they answer
/// questions in (what Needs attention shows them).
/// </summary>
public sealed class LanguagesModel(IMediator mediator) : ForumPageModel(mediator)
{
    public LanguageChoice Choice { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Choice = await Mediator.Send(new GetMyLanguages(), ct);

    public async Task<IActionResult> OnPostAsync(string? language, List<string>? answerIn, CancellationToken ct)
    {
        // The chosen language is checked first, so that a refused form changes nothing.
        var spoken = Languages.Find(language);
        if (spoken is null)
            ModelState.AddModelError("language", Texts["Validation.Language", string.Join(", ", Languages.All)]);
        else if ((await TrySendAsync(new ChooseAnswerLanguages(answerIn ?? []), requestKey: "answerIn")).Ok)
        {
            await Mediator.Send(new ChooseLanguage(spoken), ct);
            LanguageSwitch.Remember(Response, spoken);
            StatusMessage = HttpContext.RequestServices.GetRequiredService<IForumTexts>().Get(spoken, "Settings.LanguagesSaved");
            return RedirectToPage();
        }
        Choice = await Mediator.Send(new GetMyLanguages(), ct);
        return Page();
    }
}
