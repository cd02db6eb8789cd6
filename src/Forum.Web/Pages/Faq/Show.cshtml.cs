namespace Forum.Web.Pages.Faq;

/// <summary>An FAQ article with its feedback widget; staff also publish, archive and see the feedback here.</summary>
public sealed class ShowModel(IMediator mediator) : ForumPageModel(mediator)
{
    public FaqArticlePage Data { get; private set; } = null!;

    /// <summary>The languages the article can also be read in.</summary>
    public IReadOnlyList<ArticleTranslation> Translations { get; private set; } = [];

    public const string FeedbackStepKey = "FeedbackStep";

    /// <summary>"why" after a "No" (the reasons are offered), "thanks" once the feedback is complete (see <see cref="FeedbackModel"/>).</summary>
    public string? FeedbackStep => Flash(FeedbackStepKey);

    public async Task OnGetAsync(string slug)
    {
        Data = await Mediator.Send(new GetFaqArticle(slug), HttpContext.RequestAborted);
        Translations = await Mediator.Send(new ListArticleTranslations(slug), HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostPublishAsync(string slug)
    {
        var (ok, _) = await TrySendAsync(new PublishFaqArticle(slug));
        return Done(slug, ok, Texts["Faq.Done.Published"]);
    }

    public async Task<IActionResult> OnPostArchiveAsync(string slug)
    {
        var (ok, _) = await TrySendAsync(new ArchiveFaqArticle(slug));
        return Done(slug, ok, Texts["Faq.Done.Archived"]);
    }

    private RedirectResult Done(string slug, bool ok, string message)
    {
        if (ok)
            StatusMessage = message;
        else
            KeepErrorsForRedirect();
        return Redirect(Links.FaqArticle(slug));
    }
}
