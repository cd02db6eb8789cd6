namespace Forum.Web.Api;

public static class SearchEndpoints
{
    /// <summary>
    /// The API shape of one hit: snippetHtml is encoded text with &lt;mark&gt; around the searched words; language is
    /// the one the question is asked in, or the article's text (its translation's, when found in it) is written in.
    /// </summary>
    public sealed record SearchHit(string Type, int Id, string Title, string Url, string SnippetHtml, double Score, bool Solved, string Language);

    /// <summary>totalIsLowerBound: the query matched more questions than a search ranks; total counts the newest of them, which are all the pages hold.</summary>
    public sealed record SearchResponse(int Total, bool TotalIsLowerBound, int Page, int PageSize, IReadOnlyList<SearchHit> Results);

    public static void MapSearchEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/search", async (IMediator mediator, string? q, string? category, string? tag, string? type, bool? solved, int? page, int? pageSize, CancellationToken ct) =>
            {
                var found = await mediator.Send(new SearchForum(q, category, tag, type, solved, page ?? 1, pageSize ?? 20), ct);
                return TypedResults.Ok(new SearchResponse(found.Total, found.TotalIsLowerBound, found.Page, found.PageSize,
                    found.Results.Select(r => new SearchHit(r.Type, r.Id, r.Title, r.Url, r.SnippetHtml, r.Score, r.Solved, r.Language)).ToList()));
            })
            .WithTags("Search")
            .WithSummary("Search questions, answers and FAQ articles")
            .WithDescription("`type`: `question` or `faq` (both when absent); `solved` keeps solved (or unsolved) questions only. Results in the reader's language (`Accept-Language`) come first; an FAQ article is found in its translation into that language when the translation matches, else in English.")
            .Sends<SearchForum>()
            .ProducesValidationProblem();

        api.MapGet("/questions/{id:int}/similar", async (int id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new FindSimilarQuestions(QuestionId: id), ct)))
            .WithTags("Search")
            .WithSummary("Find questions similar to a question")
            .Sends<FindSimilarQuestions>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
