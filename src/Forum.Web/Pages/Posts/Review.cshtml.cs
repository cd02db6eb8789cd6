namespace Forum.Web.Pages.Posts;

/// <summary>
/// The author of a hidden or removed question (<c>/questions/{id}/review</c>) or answer (<c>/answers/{id}/review</c>)
/// sees what happened to it and asks a moderator to look again. Anyone else finds nothing here.
/// </summary>
[Authorize]
public sealed class ReviewModel(IMediator mediator) : ForumPageModel(mediator)
{
    public PostToReview Post { get; private set; } = null!;

    [BindProperty]
    public string? Note { get; set; }

    private PostType Type => Request.Path.StartsWithSegments("/answers") ? PostType.Answer : PostType.Question;

    public async Task OnGetAsync(int id) => await LoadAsync(id);

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var (ok, _) = await TrySendAsync(new AskForReview(Type, id, Note ?? ""));
        if (!ok)
        {
            await LoadAsync(id);
            return Page();
        }
        StatusMessage = Texts["Review.Done"];
        return Redirect(Links.ReviewRequest(Type, id));
    }

    private async Task LoadAsync(int id) => Post = await Mediator.Send(new GetPostToReview(Type, id), HttpContext.RequestAborted);
}
