namespace Forum.Web.Pages.Support;

/// <summary>The helpers' queue: take a question, mark it as needing more information, filter by category.</summary>
public sealed class NeedsAttentionModel(IMediator mediator) : ForumPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    /// <summary>A language, "any", or empty for the languages the helper answers in.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Language { get; set; }

    public NeedsAttentionQueue Queue { get; private set; } = null!;
    public IReadOnlyList<CategorySummary> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Queue = await Mediator.Send(new GetNeedsAttention(string.IsNullOrEmpty(Category) ? null : Category, string.IsNullOrEmpty(Language) ? null : Language), ct);
        Categories = await Mediator.Send(new ListCategories(), ct);
    }

    /// <summary>Taking a question is the first step of answering it: a helper who took it lands on its answer form.</summary>
    public async Task<IActionResult> OnPostTakeAsync(int id)
    {
        var (ok, _) = await TrySendAsync(new TakeQuestion(id));
        if (!ok)
            return Refused();
        StatusMessage = Texts["NeedsAttention.Taken"];
        return Redirect(Links.Question(id, "") + "#your-answer");
    }

    public Task<IActionResult> OnPostReleaseAsync(int id) => ActAsync(new ReleaseQuestion(id), "Support.Done.Released");

    public Task<IActionResult> OnPostNeedsInfoAsync(int id) => ActAsync(new MarkNeedsInfo(id), "Support.Done.NeedsInfoQueue");

    private async Task<IActionResult> ActAsync<T>(MediatR.IRequest<T> request, string doneKey)
    {
        var (ok, _) = await TrySendAsync(request);
        if (!ok)
            return Refused();
        StatusMessage = Texts[doneKey];
        return RedirectToPage(new { category = Category, language = Language });
    }

    /// <summary>Back to the queue, with why the action was refused (e.g. someone else took the question first).</summary>
    private RedirectToPageResult Refused()
    {
        KeepErrorsForRedirect();
        return RedirectToPage(new { category = Category, language = Language });
    }
}
