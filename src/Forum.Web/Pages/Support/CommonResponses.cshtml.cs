namespace Forum.Web.Pages.Support;

/// <summary>Common responses: helpers browse them; staff add, change and delete them.</summary>
public sealed class CommonResponsesModel(IMediator mediator) : ForumPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty]
    public ResponseInput Input { get; set; } = new();

    public sealed class ResponseInput
    {
        public int? Id { get; set; }
        public string? Title { get; set; }
        public string? Body { get; set; }
        public string? Category { get; set; }
    }

    public IReadOnlyList<CommonResponseItem> Responses { get; private set; } = [];
    public IReadOnlyList<CategorySummary> Categories { get; private set; } = [];
    public bool IsStaff => Roles.IsStaff(User.IsInRole);

    public async Task OnGetAsync(int? edit, CancellationToken ct)
    {
        await LoadAsync(ct);
        if (edit is { } id && Responses.FirstOrDefault(r => r.Id == id) is { } editing)
            Input = new ResponseInput { Id = editing.Id, Title = editing.Title, Body = editing.Body, Category = editing.CategorySlug };
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        var (ok, saved) = await TrySendAsync(new SaveCommonResponse(Input.Id, Input.Title ?? "", Input.Body ?? "", Input.Category), nameof(Input));
        if (!ok)
        {
            await LoadAsync(ct);
            return Page();
        }
        StatusMessage = Texts["CommonResponses.Saved", saved!.Title];
        return RedirectToPage(new { category = Category, q = Q });
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken ct)
    {
        await Mediator.Send(new DeleteCommonResponse(id), ct);
        StatusMessage = Texts["CommonResponses.Deleted"];
        return RedirectToPage(new { category = Category, q = Q });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Responses = await Mediator.Send(new ListCommonResponses(Category, Q), ct);
        Categories = await Mediator.Send(new ListCategories(), ct);
    }
}
