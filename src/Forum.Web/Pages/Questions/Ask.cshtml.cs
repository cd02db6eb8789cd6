namespace Forum.Web.Pages.Questions;

[Authorize]
public sealed class AskModel(IMediator mediator) : ForumPageModel(mediator)
{
    [BindProperty]
    public AskInput Input { get; set; } = new();

    public IReadOnlyList<CategorySummary> Categories { get; private set; } = [];

    /// <summary>Set while the member is suspended: they are told so instead of being given a form they cannot send.</summary>
    public DateTimeOffset? SuspendedUntil { get; private set; }

    public sealed class AskInput
    {
        public string? Title { get; set; }
        public string? Body { get; set; }
        public string? Category { get; set; }
        public string? Tags { get; set; }
        /// <summary>The language the question is in: the page's language unless the asker changes it.</summary>
        public string? Language { get; set; }
        /// <summary>Filled by the suggestions script: "faq:12,question:34".</summary>
        public string? SuggestionsSeen { get; set; }
        public string? SuggestionsOpened { get; set; }
        /// <summary>Set by the "Post anyway" button after a respect warning.</summary>
        public bool ConfirmRude { get; set; }
    }

    public async Task OnGetAsync(string? category)
    {
        Input.Category = category;
        Input.Language = Hosting.RequestLanguages.Of(HttpContext);
        SuspendedUntil = await Mediator.Send(new GetMySuspension(), HttpContext.RequestAborted);
        Categories = await Mediator.Send(new ListCategories(), HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (ok, asked) = await TrySendAsync(
            new AskQuestion(Input.Title ?? "", Input.Body ?? "", Input.Category ?? "", TagInput.Split(Input.Tags),
                Keys(Input.SuggestionsSeen), Keys(Input.SuggestionsOpened), WarnIfRude: !Input.ConfirmRude,
                Language: string.IsNullOrEmpty(Input.Language) ? null : Input.Language), nameof(Input));
        if (ok)
        {
            StatusMessage = asked!.AwaitingReview
                ? Texts["Ask.Done.Held"]
                : asked.Acknowledgement;
            if (asked.FlaggedAsRude)
                StatusMessage += " " + RespectNote;
            return Redirect(Links.Question(asked!.Id, asked.Slug));
        }
        Categories = await Mediator.Send(new ListCategories(), HttpContext.RequestAborted);
        return Page();
    }

    private static string[] Keys(string? value) => (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
