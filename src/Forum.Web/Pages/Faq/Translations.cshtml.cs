namespace Forum.Web.Pages.Faq;

/// <summary>The locale dashboard: how much of the FAQ each language has, and what to translate next.</summary>
public sealed class TranslationsModel(IMediator mediator) : ForumPageModel(mediator)
{
    public IReadOnlyList<LocaleCoverage> Locales { get; private set; } = [];

    public async Task OnGetAsync() => Locales = await Mediator.Send(new GetLocaleDashboard(), HttpContext.RequestAborted);
}
