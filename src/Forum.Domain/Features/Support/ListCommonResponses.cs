namespace Forum.Domain.Features.Support;

/// <summary>Helpers find common responses: those for the category (and those for every category), matching the words in <paramref name="Q"/>.</summary>
[RequiresMember]
public sealed record ListCommonResponses(string? Category = null, string? Q = null) : IRequest<IReadOnlyList<CommonResponseItem>>;

public sealed class ListCommonResponsesValidator : AbstractValidator<ListCommonResponses>
{
    public ListCommonResponsesValidator()
    {
        RuleFor(x => x.Q).MaximumLength(100);
        RuleFor(x => x.Category).MaximumLength(80);
    }
}

/// <remarks>
/// The snippets are rendered here, on reading, through the same sanitizing renderer as posts: at most 50 short texts for
/// the few helpers who open the list, not worth a stored copy of the HTML (and a migration) the way posts keep theirs.
/// </remarks>
public sealed class ListCommonResponsesHandler(IForumDb db, IMarkdownRenderer markdown) : IRequestHandler<ListCommonResponses, IReadOnlyList<CommonResponseItem>>
{
    public const int MaxItems = 50;

    public async Task<IReadOnlyList<CommonResponseItem>> Handle(ListCommonResponses request, CancellationToken cancellationToken)
    {
        var responses = db.CommonResponses.AsNoTracking();
        if (!string.IsNullOrEmpty(request.Category))
            responses = responses.Where(r => r.CategoryId == null || r.Category!.Slug == request.Category);
        // Translated to SQL: lower() on both sides works the same on every provider, unlike a StringComparison overload.
#pragma warning disable CA1862
        foreach (var word in Text.CleanLine(request.Q).ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5))
            responses = responses.Where(r => r.Title.ToLower().Contains(word) || r.BodyMarkdown.ToLower().Contains(word));
#pragma warning restore CA1862
        var items = await responses.OrderBy(r => r.CategoryId == null).ThenBy(r => r.Title).ThenBy(r => r.Id).Take(MaxItems)
            .Select(r => new { r.Id, r.Title, r.BodyMarkdown, CategorySlug = r.Category != null ? r.Category.Slug : null, CategoryName = r.Category != null ? r.Category.Name : null, r.UpdatedAt })
            .ToListAsync(cancellationToken);
        return items.Select(r => new CommonResponseItem(r.Id, r.Title, r.BodyMarkdown, markdown.ToSafeHtml(r.BodyMarkdown), r.CategorySlug, r.CategoryName, r.UpdatedAt)).ToList();
    }
}

/// <param name="Body">The Markdown a helper inserts into an answer.</param>
/// <param name="BodyHtml">The same, rendered and sanitized as a post would show it.</param>
public sealed record CommonResponseItem(int Id, string Title, string Body, string BodyHtml, string? CategorySlug, string? CategoryName, DateTimeOffset UpdatedAt);
