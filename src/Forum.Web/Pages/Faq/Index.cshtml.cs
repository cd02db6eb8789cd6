namespace Forum.Web.Pages.Faq;

public sealed class IndexModel(IMediator mediator) : ForumPageModel(mediator)
{
    public FaqIndex Index { get; private set; } = null!;

    public async Task OnGetAsync(string? category) =>
        Index = await Mediator.Send(new ListFaq(string.IsNullOrEmpty(category) ? null : category), HttpContext.RequestAborted);
}
