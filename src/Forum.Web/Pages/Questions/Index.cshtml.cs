namespace Forum.Web.Pages.Questions;

/// <summary>
/// The question lists: <c>/questions</c> (with <c>?category=</c> and <c>?tag=</c>), <c>/c/{category}</c> and
/// <c>/tags/{tag}</c> (routes added in Program.cs), each with the tabs and paging.
/// </summary>
public sealed class IndexModel(IMediator mediator) : ForumPageModel(mediator)
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)] public string? Tab { get; set; }
    [BindProperty(SupportsGet = true)] public string? Category { get; set; }
    [BindProperty(SupportsGet = true)] public string? Tag { get; set; }
    /// <summary>Questions asked in this language only (<c>?language=id</c>); all when empty.</summary>
    [BindProperty(SupportsGet = true)] public string? Language { get; set; }

    public QuestionList List { get; private set; } = null!;

    /// <summary>The path the list was reached by (/questions, /c/… or /tags/…): tabs and pages stay on it.</summary>
    public string BasePath => RouteData.Values.ContainsKey("category") ? Links.Category(Category!)
        : RouteData.Values.ContainsKey("tag") ? Links.Tag(Tag!)
        : Links.Questions;

    public string Heading => (List.CategoryName, List.Tag) switch
    {
        ({ } category, { } tag) => Texts["Questions.Heading.CategoryAndTag", category, tag],
        ({ } category, null) => category,
        (null, { } tag) => Texts["Questions.Heading.Tag", tag],
        _ => Texts["Questions.Heading.All"],
    };

    // "page" is also the route value naming the Razor page, so the page number is read from the query only.
    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? pageNumber)
    {
        // /c/%20 or /tags/%0d%0a: white space alone binds as null, and no category or tag has such a name.
        if ((RouteData.Values.ContainsKey("category") && string.IsNullOrWhiteSpace(Category)) ||
            (RouteData.Values.ContainsKey("tag") && string.IsNullOrWhiteSpace(Tag)))
            return NotFound();
        var sort = QuestionSort.All.Contains(Tab?.ToLowerInvariant()) ? Tab!.ToLowerInvariant() : QuestionSort.Newest;
        var page = Math.Clamp(pageNumber ?? 1, 1, 100_000);
        List = await Mediator.Send(new ListQuestions(sort, NullIfEmpty(Category), NullIfEmpty(Tag?.ToLowerInvariant()), page, PageSize,
            NullIfEmpty(Language)), HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>This list with another tab or page; filters that are not part of the path go in the query.</summary>
    public string UrlFor(string? tab = null, int page = 1) => UrlFor(tab, page, List.Language);

    /// <summary>The language filter above the list: the first page of this tab in another language (or all).</summary>
    public Shared.LanguageFilter LanguageFilter => new(List.Language, language => UrlFor(null, 1, language));

    private string UrlFor(string? tab, int page, string? language)
    {
        var query = new List<string>();
        var sort = tab ?? List.Sort;
        if (sort != QuestionSort.Newest)
            query.Add("tab=" + sort);
        if (!RouteData.Values.ContainsKey("category") && !string.IsNullOrEmpty(List.CategorySlug))
            query.Add("category=" + Uri.EscapeDataString(List.CategorySlug));
        if (!RouteData.Values.ContainsKey("tag") && !string.IsNullOrEmpty(List.Tag))
            query.Add("tag=" + Uri.EscapeDataString(List.Tag));
        if (language is not null)
            query.Add("language=" + Uri.EscapeDataString(language));
        if (page > 1)
            query.Add("page=" + page);
        return query.Count == 0 ? BasePath : $"{BasePath}?{string.Join("&", query)}";
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
