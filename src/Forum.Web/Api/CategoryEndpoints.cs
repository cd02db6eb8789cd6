using Forum.Domain.Features.Categories;
using MediatR;

namespace Forum.Web.Api;

public static class CategoryEndpoints
{
    public static void MapCategoryEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet("/categories", (IMediator mediator, CancellationToken ct) => mediator.Send(new ListCategories(), ct)).WithTags("Categories");
}
