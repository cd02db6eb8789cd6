namespace Forum.Web.Pages;

/// <summary>The home page: questions that need an answer, recent activity, and the categories.</summary>
public sealed class IndexModel(IMediator mediator) : ForumPageModel(mediator)
{
    public QuestionList Unanswered { get; private set; } = null!;
    public QuestionList Recent { get; private set; } = null!;
    public IReadOnlyList<CategorySummary> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Unanswered = await Mediator.Send(new ListQuestions(QuestionSort.Unanswered, PageSize: 5), ct);
        Recent = await Mediator.Send(new ListQuestions(QuestionSort.Active, PageSize: 10), ct);
        Categories = await Mediator.Send(new ListCategories(), ct);
    }
}
