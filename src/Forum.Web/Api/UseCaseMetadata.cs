using System.Reflection;
using Forum.Domain.Common;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace Forum.Web.Api;

/// <summary>
/// The use case (MediatR request) an endpoint sends, so that its OpenAPI description follows the request's own rules:
/// who may call it (the request's <see cref="AuthorizeAttribute"/>) and the failures every such call can meet.
/// </summary>
public sealed record UseCaseMetadata(Type Request, bool SignInRequired);

public static class UseCaseEndpoints
{
    /// <summary>
    /// Declares the use case this endpoint sends and the failures that follow from it: 401 and 403 when the request
    /// needs a signed-in member (a suspended one gets 403); for a change, 400 (a body that cannot be read, invalid
    /// fields, or a sign-in cookie without the antiforgery header) and 429 (the per-address write limit).
    /// The failures particular to the use case (404, 409, 422...) are declared beside it with ProducesProblem.
    /// </summary>
    /// <param name="signInRequired">True when the endpoint itself needs a signed-in member (e.g. "me" addresses).</param>
    public static RouteHandlerBuilder Sends<TRequest>(this RouteHandlerBuilder endpoint, bool signInRequired = false)
    {
        var metadata = new UseCaseMetadata(typeof(TRequest), signInRequired || typeof(TRequest).GetCustomAttribute<AuthorizeAttribute>() is not null);
        endpoint.WithMetadata(metadata);
        if (metadata.SignInRequired)
            endpoint.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        endpoint.Add(builder =>
        {
            if (!IsChange(builder.Metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods)))
                return;
            builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
            builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status429TooManyRequests, typeof(ProblemDetails), ["application/problem+json"]));
        });
        return endpoint;
    }

    public static bool IsChange(IEnumerable<string> httpMethods) =>
        httpMethods.Any(method => !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method)));
}
