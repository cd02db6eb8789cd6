namespace Forum.Web.Pages.Faq;

/// <summary>"Needs update": for localizers, the translations a significant English change left out of date.</summary>
[Authorize]
public sealed class NeedsUpdateModel(IMediator mediator) : ForumPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    public IReadOnlyList<TranslationToUpdate> Items { get; private set; } = [];

    public async Task OnGetAsync() =>
        Items = await Mediator.Send(new ListFaqTranslationsToUpdate(string.IsNullOrEmpty(Language) ? null : Language), HttpContext.RequestAborted);
}
