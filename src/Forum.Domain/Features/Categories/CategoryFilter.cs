namespace Forum.Domain.Features.Categories;

/// <summary>Narrows a list of questions to one category given by its slug (no slug: all); an unknown slug is not found.</summary>
public static class CategoryFilter
{
    public static async Task<(IQueryable<Question> Questions, string? CategoryName)> ApplyAsync(
        IForumDb db, IQueryable<Question> questions, string? slug, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(slug))
            return (questions, null);
        var category = await db.Categories.AsNoTracking().Where(c => c.Slug == slug)
            .Select(c => new { c.Id, c.Name }).SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException("The category");
        return (questions.Where(q => q.CategoryId == category.Id), category.Name);
    }
}
