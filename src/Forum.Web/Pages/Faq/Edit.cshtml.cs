namespace Forum.Web.Pages.Faq;

/// <summary>
/// Proposing a change to an article (500+ reputation or staff). When someone else's change was approved in the
/// meantime, the form comes back with the newer text next to the proposal, so nothing typed is lost.
/// </summary>
[Authorize]
public sealed class EditModel(IMediator mediator, ReputationRules rules) : ForumPageModel(mediator)
{
    [BindProperty]
    public ProposalInput Input { get; set; } = new();

    public FaqArticlePage Data { get; private set; } = null!;

    /// <summary>The newer text that made the proposal stale.</summary>
    public string? NewerText { get; private set; }

    public sealed class ProposalInput
    {
        public string? Body { get; set; }
        public string? Summary { get; set; }
        public long BaseRevisionId { get; set; }
        /// <summary>The change matters to readers: once approved, the article's translations are out of date.</summary>
        public bool Significant { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(string slug)
    {
        Data = await Mediator.Send(new GetFaqArticle(slug), HttpContext.RequestAborted);
        if (!Data.Viewer.CanProposeEdit)
            throw Data.Article.IsArchived
                ? new ForbiddenException("This article is archived; it takes no more changes.", Phrase.Of("Problem.ArticleArchived"))
                : new ForbiddenException($"You need {rules.ProposeFaqRevisionPrivilege} reputation to propose changes to FAQ articles.", Phrase.Of("Problem.ProposeFaqPrivilege", rules.ProposeFaqRevisionPrivilege));
        Input = new ProposalInput { Body = Data.Article.BodyMarkdown, BaseRevisionId = Data.Article.CurrentRevisionId };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug)
    {
        var (ok, _) = await TrySendAsync(new ProposeFaqRevision(slug, Input.Body ?? "", Input.Summary, Input.BaseRevisionId, Input.Significant), nameof(Input));
        if (ok)
        {
            StatusMessage = Texts["FaqEdit.Done"];
            return Redirect(Links.FaqHistory(slug));
        }
        if (Conflict?.Details.TryGetValue("currentBody", out var body) == true)
            NewerText = body as string;
        Data = await Mediator.Send(new GetFaqArticle(slug), HttpContext.RequestAborted);
        if (NewerText is not null)
        {
            ModelState.Remove($"{nameof(Input)}.{nameof(Input.BaseRevisionId)}");
            Input.BaseRevisionId = Data.Article.CurrentRevisionId;
        }
        return Page();
    }
}
