namespace Forum.Domain.Features.Categories;

public sealed record ListCategories : IRequest<IReadOnlyList<CategorySummary>>;

public sealed class ListCategoriesHandler(IForumDb db) : IRequestHandler<ListCategories, IReadOnlyList<CategorySummary>>
{
    public async Task<IReadOnlyList<CategorySummary>> Handle(ListCategories request, CancellationToken cancellationToken) =>
        await db.Categories.AsNoTracking()
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new CategorySummary(c.Id, c.Name, c.Slug, c.Description,
                db.Questions.Where(ContentVisibility.IsPublicQuestion).Count(q => q.CategoryId == c.Id)))
            .ToListAsync(cancellationToken);
}

public sealed record CategorySummary(int Id, string Name, string Slug, string Description, int QuestionCount);
