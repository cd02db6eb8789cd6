using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Forum.Web.Hosting;

/// <summary>
/// Every error of the JSON API is an RFC 7807 ProblemDetails, whoever produced it: a use case, the framework (an
/// unknown address under /api, a wrong method, a body too large or of the wrong type), the rate limiter or a sign-in
/// check; written as application/problem+json whatever the request's Accept header says.
/// </summary>
public static class ApiProblems
{
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static Task WriteAsync(HttpContext context, ProblemDetails problem) => TypedResults.Problem(problem).ExecuteAsync(context);

    /// <summary>For the API's status code pages: an error status without a body gets its ProblemDetails.</summary>
    public static Task WriteStatusAsync(StatusCodeContext context)
    {
        var status = context.HttpContext.Response.StatusCode;
        return WriteAsync(context.HttpContext, new ProblemDetails { Status = status, Title = Title(status) });
    }

    private static string Title(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "Login required.",
        StatusCodes.Status403Forbidden => "Not allowed.",
        StatusCodes.Status404NotFound => "Not found.",
        StatusCodes.Status405MethodNotAllowed => "This address does not take that method.",
        StatusCodes.Status413PayloadTooLarge => "The request is too large.",
        StatusCodes.Status415UnsupportedMediaType => "The request body must be JSON (Content-Type: application/json).",
        StatusCodes.Status429TooManyRequests => "Too many requests.",
        _ => ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase + "." : "The request failed.",
    };
}
