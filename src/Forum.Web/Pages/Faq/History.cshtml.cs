namespace Forum.Web.Pages.Faq;

public sealed class HistoryModel(IMediator mediator) : ForumPageModel(mediator)
{
    public FaqHistory History { get; private set; } = null!;

    public async Task OnGetAsync(string slug, long? from, long? to) =>
        History = await Mediator.Send(new GetFaqHistory(slug, from, to), HttpContext.RequestAborted);
}
