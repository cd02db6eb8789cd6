namespace Forum.Web.Pages.Support;

/// <summary>
/// Where the "Is this still solved?" email links lead. Opening the link only shows the choice (mail scanners open
/// links too); one click on the button answers, with the signed token standing in for signing in.
/// </summary>
public sealed class FollowUpModel(IMediator mediator) : ForumPageModel(mediator)
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? StillSolved { get; set; }

    public QuestionDetail Question { get; private set; } = null!;
    public FollowUpResult? Answered { get; private set; }

    public async Task OnGetAsync(int id, CancellationToken ct) =>
        Question = (await Mediator.Send(new GetQuestionPage(id), ct)).Question;

    public async Task<IActionResult> OnPostAsync(int id, bool stillSolved, CancellationToken ct)
    {
        var (_, result) = await TrySendAsync(new AnswerFollowUp(id, stillSolved, string.IsNullOrEmpty(Token) ? null : Token));
        Answered = result;
        Question = (await Mediator.Send(new GetQuestionPage(id), ct)).Question;
        return Page();
    }
}
