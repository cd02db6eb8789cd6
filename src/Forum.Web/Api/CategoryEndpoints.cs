namespace Forum.Web.Api;

public static class CategoryEndpoints
{
    public static void MapCategoryEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet("/categories", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListCategories(), ct)))
            .WithTags("Categories")
            .WithSummary("List the categories with their question counts")
            .Sends<ListCategories>();
}
