using Microsoft.AspNetCore.Diagnostics;

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
    public static Task WriteStatusAsync(StatusCodeContext context) =>
        WriteAsync(context.HttpContext, ForumFailures.Problem(context.HttpContext.Response.StatusCode, RequestLanguages.Texts(context.HttpContext)));
}
