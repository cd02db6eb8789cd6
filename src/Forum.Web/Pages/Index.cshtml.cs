using Forum.Domain.Features.Categories;
using Forum.Domain.Features.Questions;
using MediatR;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Forum.Web.Pages;

public sealed class IndexModel(IMediator mediator) : PageModel
{
    public QuestionList Unanswered { get; private set; } = null!;
    public QuestionList Recent { get; private set; } = null!;
    public IReadOnlyList<CategorySummary> Categories { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        Unanswered = await mediator.Send(new ListQuestions(QuestionSort.Unanswered, PageSize: 5), ct);
        Recent = await mediator.Send(new ListQuestions(QuestionSort.Active, PageSize: 10), ct);
        Categories = await mediator.Send(new ListCategories(), ct);
    }
}
