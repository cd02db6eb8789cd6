namespace Forum.Web.Pages.Support;

/// <summary>
/// The customer-service panel of a question (waiting time, who is answering, needs-info, watch, follow-up, rating) and
/// the forms it posts to. The question page shows the same panel through the _QuestionSupport partial.
/// </summary>
public sealed class QuestionSupportModel(IMediator mediator) : ForumPageModel(mediator)
{
    public QuestionDetail Question { get; private set; } = null!;
    public QuestionSupportPanel Panel { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task OnGetAsync(int id, CancellationToken ct)
    {
        Question = (await Mediator.Send(new GetQuestionPage(id), ct)).Question;
        Panel = new QuestionSupportPanel(id, Links.QuestionSupport(id), await Mediator.Send(new GetQuestionSupport(id), ct));
    }

    public Task<IActionResult> OnPostTakeAsync(int id) => ActAsync(new TakeQuestion(id), id, "Support.Done.Taken");
    public Task<IActionResult> OnPostReleaseAsync(int id) => ActAsync(new ReleaseQuestion(id), id, "Support.Done.Released");
    public Task<IActionResult> OnPostNeedsInfoAsync(int id) => ActAsync(new MarkNeedsInfo(id), id, "Support.Done.NeedsInfo");
    public Task<IActionResult> OnPostClearNeedsInfoAsync(int id) => ActAsync(new ClearNeedsInfo(id), id, "Support.Done.InfoAdded");
    public Task<IActionResult> OnPostWatchAsync(int id) => ActAsync(new WatchQuestion(id, true), id, "Support.Done.Watching");
    public Task<IActionResult> OnPostUnwatchAsync(int id) => ActAsync(new WatchQuestion(id, false), id, "Support.Done.Unwatched");
    public Task<IActionResult> OnPostFollowUpAsync(int id, bool stillSolved) =>
        ActAsync(new AnswerFollowUp(id, stillSolved), id, stillSolved ? "Support.Done.StillSolved" : "Support.Done.Reopened");
    public Task<IActionResult> OnPostRateAsync(int id, int rating, string? comment) =>
        ActAsync(new RateHelp(id, rating, comment), id, "Support.Done.Rated");

    private async Task<IActionResult> ActAsync<T>(IRequest<T> request, int id, string doneKey)
    {
        var (ok, _) = await TrySendAsync(request);
        if (ok)
            StatusMessage = Texts[doneKey];
        else
            ErrorMessage = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        return LocalRedirect(ReturnUrl is not null && Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : Links.QuestionSupport(id));
    }
}

/// <summary>What the _QuestionSupport partial needs: the question, where to come back to after a form, the support state.</summary>
public sealed record QuestionSupportPanel(int QuestionId, string ReturnUrl, QuestionSupport Support);
