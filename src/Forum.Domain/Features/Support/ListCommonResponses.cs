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

public sealed class ListCommonResponsesHandler(IForumDb db) : IRequestHandler<ListCommonResponses, IReadOnlyList<CommonResponseItem>>
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
        return await responses.OrderBy(r => r.CategoryId == null).ThenBy(r => r.Title).ThenBy(r => r.Id).Take(MaxItems)
            .Select(r => new CommonResponseItem(r.Id, r.Title, r.BodyMarkdown, r.Category != null ? r.Category.Slug : null, r.Category != null ? r.Category.Name : null, r.UpdatedAt))
            .ToListAsync(cancellationToken);
    }
}

public sealed record CommonResponseItem(int Id, string Title, string Body, string? CategorySlug, string? CategoryName, DateTimeOffset UpdatedAt);
