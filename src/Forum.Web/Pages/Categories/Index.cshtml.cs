namespace Forum.Web.Pages.Categories;

/// <summary>All categories with how many questions each has.</summary>
public sealed class IndexModel(IMediator mediator) : ForumPageModel(mediator)
{
    public IReadOnlyList<CategorySummary> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Categories = await Mediator.Send(new ListCategories(), ct);
}
