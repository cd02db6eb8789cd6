namespace Forum.Domain.Features.Categories;

public sealed record ListCategories : IRequest<IReadOnlyList<CategorySummary>>;

/// <summary>The categories with their public questions counted, kept until the next commit (counting reads every question).</summary>
public sealed class ListCategoriesHandler(IForumDb db, IReadCache cache) : IRequestHandler<ListCategories, IReadOnlyList<CategorySummary>>
{
    public Task<IReadOnlyList<CategorySummary>> Handle(ListCategories request, CancellationToken cancellationToken) =>
        cache.GetOrReadAsync<IReadOnlyList<CategorySummary>>("categories", async () => await db.Categories.AsNoTracking()
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Name)
            .Select(c => new CategorySummary(c.Id, c.Name, c.Slug, c.Description,
                db.Questions.Where(ContentVisibility.IsPublicQuestion).Count(q => q.CategoryId == c.Id)))
            .ToListAsync(cancellationToken));
}

public sealed record CategorySummary(int Id, string Name, string Slug, string Description, int QuestionCount);
