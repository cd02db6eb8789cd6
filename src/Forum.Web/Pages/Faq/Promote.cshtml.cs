namespace Forum.Web.Pages.Faq;

/// <summary>The staff editor that turns a staff-verified answer into an FAQ article, prefilled from the thread.</summary>
[Authorize]
public sealed class PromoteModel(IMediator mediator) : ForumPageModel(mediator)
{
    [BindProperty]
    public PromoteInput Input { get; set; } = new();

    public PromotionDraft Draft { get; private set; } = null!;

    public sealed class PromoteInput
    {
        public string? Title { get; set; }
        public string? Problem { get; set; }
        public string? Body { get; set; }
        public string? Category { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(int answerId)
    {
        Draft = await Mediator.Send(new GetPromotionDraft(answerId), HttpContext.RequestAborted);
        if (Draft.ExistingSlug is { } slug)
        {
            StatusMessage = Texts["Promote.Already"];
            return Redirect(Links.FaqArticle(slug));
        }
        Input = new PromoteInput { Title = Draft.Title, Problem = Draft.Problem, Body = Draft.Solution, Category = Draft.Category };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int answerId, bool publish)
    {
        var (ok, promoted) = await TrySendAsync(
            new PromoteAnswerToFaq(answerId, publish, Input.Title ?? "", Input.Body ?? "", Input.Category ?? "", Input.Problem ?? ""), nameof(Input));
        if (ok)
        {
            StatusMessage = Texts[!promoted!.Created ? "Promote.Already" : publish ? "Promote.Published" : "Promote.Draft"];
            return Redirect(Links.FaqArticle(promoted.Slug));
        }
        Draft = await Mediator.Send(new GetPromotionDraft(answerId), HttpContext.RequestAborted);
        return Page();
    }
}
