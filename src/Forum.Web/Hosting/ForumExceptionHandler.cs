using Microsoft.AspNetCore.Diagnostics;

namespace Forum.Web.Hosting;

/// <summary>
/// A use case's failure that reached the top of the pipeline becomes its ProblemDetails (<see cref="ForumFailures"/>);
/// an unforeseen one is a 500 ProblemDetails in the API and is left to the error page elsewhere.
/// </summary>
public sealed class ForumExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var api = ApiProblems.IsApi(httpContext);
        var texts = RequestLanguages.Texts(httpContext);
        if ((ForumFailures.ToProblem(exception, texts) ?? (api ? ForumFailures.UnexpectedProblem(texts) : null)) is not { } problem)
            return false;
        ForumFailures.Prepare(httpContext.Response, exception, problem.Status);
        if (api)
        {
            await ApiProblems.WriteAsync(httpContext, problem);
            return true;
        }
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
