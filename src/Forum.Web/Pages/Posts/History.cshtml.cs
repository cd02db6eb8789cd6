namespace Forum.Web.Pages.Posts;

/// <summary>The edit history of a question (<c>/questions/{id}/history</c>) or an answer (<c>/answers/{id}/history</c>).</summary>
public sealed class HistoryModel(IMediator mediator) : ForumPageModel(mediator)
{
    public PostHistory History { get; private set; } = null!;

    public async Task OnGetAsync(int id)
    {
        var type = Request.Path.StartsWithSegments("/answers") ? PostType.Answer : PostType.Question;
        History = await Mediator.Send(new GetPostHistory(type, id), HttpContext.RequestAborted);
    }
}
