namespace Forum.Web.Pages.Search;

/// <summary><c>/search?q=…</c>: results with highlighted snippets, filters (category, tag, solved only, FAQ only) and paging.</summary>
public sealed class IndexModel(IMediator mediator) : ForumPageModel(mediator)
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tag { get; set; }
    [BindProperty(SupportsGet = true)] public bool Solved { get; set; }
    [BindProperty(SupportsGet = true)] public string? Type { get; set; }

    public SearchResults? Results { get; private set; }
    public IReadOnlyList<CategorySummary> Categories { get; private set; } = [];
    public bool FaqOnly => Type == SearchResultType.Faq;

    // "page" is also the route value naming the Razor page, so the page number is read from the query only.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? pageNumber)
    {
        var ct = HttpContext.RequestAborted;
        Categories = await Mediator.Send(new ListCategories(), ct);
        if (string.IsNullOrWhiteSpace(Q))
            return;
        var type = SearchResultType.All.Contains(Type) ? Type : null;
        var page = Math.Clamp(pageNumber ?? 1, 1, 10_000);
        Results = await Mediator.Send(new SearchForum(Q, Category, Tag, type, Solved ? true : null, page, PageSize), ct);
    }

    /// <summary>This search on another page.</summary>
    public string UrlFor(int page)
    {
        var query = new List<string> { "q=" + Uri.EscapeDataString(Q ?? "") };
        if (!string.IsNullOrEmpty(Category))
            query.Add("category=" + Uri.EscapeDataString(Category));
        if (!string.IsNullOrEmpty(Tag))
            query.Add("tag=" + Uri.EscapeDataString(Tag));
        if (Solved)
            query.Add("solved=true");
        if (FaqOnly)
            query.Add("type=faq");
        if (page > 1)
            query.Add("page=" + page);
        return $"{Links.Search}?{string.Join("&", query)}";
    }
}
