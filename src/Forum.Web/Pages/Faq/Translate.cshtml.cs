namespace Forum.Web.Pages.Faq;

/// <summary>
/// Translating an article (localizers and staff): the current English text beside the form and, when the approved
/// translation translates an older English revision, what changed in English since. The translation waits for staff
/// review; when another one was approved meanwhile the form comes back with it, so nothing typed is lost.
/// </summary>
[Authorize]
public sealed class TranslateModel(IMediator mediator) : ForumPageModel(mediator)
{
    [BindProperty]
    public TranslationInput Input { get; set; } = new();

    public FaqTranslationWork Work { get; private set; } = null!;

    /// <summary>The newer approved translation that made the proposal stale.</summary>
    public string? NewerText { get; private set; }

    public sealed class TranslationInput
    {
        public string? Title { get; set; }
        public string? Body { get; set; }
        public string? Summary { get; set; }
        public long SourceRevisionId { get; set; }
        public long? BaseRevisionId { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string slug, string language)
    {
        Work = await Mediator.Send(new GetFaqTranslationWork(slug, language), HttpContext.RequestAborted);
        Input = new TranslationInput
        {
            Title = Work.TranslationTitle,
            Body = Work.TranslationMarkdown ?? Work.EnglishMarkdown,
            SourceRevisionId = Work.EnglishRevisionId,
            BaseRevisionId = Work.TranslationRevisionId,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, string language)
    {
        var (ok, _) = await TrySendAsync(new ProposeFaqTranslation(slug, language, Input.Title ?? "", Input.Body ?? "", Input.Summary,
            Input.SourceRevisionId, Input.BaseRevisionId), nameof(Input));
        if (ok)
        {
            StatusMessage = Texts["Faq.Translate.Sent"];
            return Redirect(Links.FaqArticle(slug));
        }
        if (Conflict?.Details.TryGetValue("currentBody", out var body) == true)
            NewerText = body as string;
        Work = await Mediator.Send(new GetFaqTranslationWork(slug, language), HttpContext.RequestAborted);
        if (NewerText is not null)
        {
            ModelState.Remove($"{nameof(Input)}.{nameof(Input.BaseRevisionId)}");
            Input.BaseRevisionId = Work.TranslationRevisionId;
        }
        return Page();
    }
}
