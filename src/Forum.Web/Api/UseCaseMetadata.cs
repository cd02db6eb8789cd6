using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;

namespace Forum.Web.Api;

/// <summary>
/// The use case (MediatR request) an endpoint sends, so that its OpenAPI description follows the request's own rules:
/// who may call it (the request's <see cref="RequiresMemberAttribute"/>) and the failures every such call can meet.
/// </summary>
public sealed record UseCaseMetadata(Type Request, bool SignInRequired);

public static class UseCaseEndpoints
{
    /// <summary>
    /// Declares the use case this endpoint sends and the failures that follow from it: 401 and 403 when the request
    /// needs a signed-in member (a suspended one gets 403); for a change, 400 (a body that cannot be read, invalid
    /// fields, or a sign-in cookie without the antiforgery header) and 429 (the per-address write limit).
    /// The failures particular to the use case (404, 409, 422...) are declared beside it with <see cref="ProducesProblems"/>.
    /// The endpoint (its OpenAPI operation) is named after the use case unless it is given another name with WithName.
    /// </summary>
    /// <param name="signInRequired">True when the endpoint itself needs a signed-in member (e.g. "me" addresses).</param>
    public static RouteHandlerBuilder Sends<TRequest>(this RouteHandlerBuilder endpoint, bool signInRequired = false)
    {
        var metadata = new UseCaseMetadata(typeof(TRequest), signInRequired || typeof(TRequest).GetCustomAttribute<RequiresMemberAttribute>() is not null);
        endpoint.WithMetadata(metadata);
        if (metadata.SignInRequired)
            endpoint.ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        endpoint.Add(DeclareFailuresOfChanges);
        endpoint.Finally(named => NameAfter(named, typeof(TRequest).Name));
        return endpoint;
    }

    /// <summary>The failures particular to an endpoint's use case, each answered with a ProblemDetails.</summary>
    public static RouteHandlerBuilder ProducesProblems(this RouteHandlerBuilder endpoint, params int[] statuses)
    {
        foreach (var status in statuses)
            endpoint.ProducesProblem(status);
        return endpoint;
    }

    /// <summary>Names an endpoint (as WithName does) when no other name was given.</summary>
    private static void NameAfter(EndpointBuilder endpoint, string name)
    {
        if (endpoint.Metadata.OfType<IEndpointNameMetadata>().Any())
            return;
        endpoint.Metadata.Add(new EndpointNameMetadata(name));
        endpoint.Metadata.Add(new RouteNameMetadata(name));
    }

    /// <summary>For a change: 400 (an unreadable body, invalid fields, a sign-in cookie without the antiforgery header) and 429 (the write limit).</summary>
    public static void DeclareFailuresOfChanges(EndpointBuilder endpoint)
    {
        if (!IsChange(endpoint.Metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods)))
            return;
        DeclareProblem(endpoint, StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails));
        DeclareProblem(endpoint, StatusCodes.Status429TooManyRequests);
    }

    /// <summary>
    /// Declares an error response as a ProblemDetails unless the endpoint already declares that status with a body. An
    /// error the endpoint declares without a body (a typed NotFound) is replaced: the API's status code pages give it one.
    /// </summary>
    public static void DeclareProblem(EndpointBuilder endpoint, int status, Type? type = null)
    {
        var declared = endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Where(response => response.StatusCode == status).ToList();
        if (declared.Any(response => response.Type is { } body && body != typeof(void)))
            return;
        foreach (var bodiless in declared)
            endpoint.Metadata.Remove(bodiless);
        endpoint.Metadata.Add(new ProducesResponseTypeMetadata(status, type ?? typeof(ProblemDetails), ["application/problem+json"]));
    }

    /// <summary>
    /// The handler of an endpoint whose body is the use case's request itself (their shapes are equal): sends it and
    /// answers 200 with the result.
    /// </summary>
    public static async Task<Ok<TResult>> SendBody<TRequest, TResult>(TRequest request, IMediator mediator, CancellationToken ct)
        where TRequest : IRequest<TResult> =>
        TypedResults.Ok(await mediator.Send(request, ct));

    public static bool IsChange(IEnumerable<string> httpMethods) =>
        httpMethods.Any(method => !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method)));
}
