using FluentValidation;
using Forum.Domain.Common;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Forum.Web.Hosting;

/// <summary>The one place where a use case's failure becomes an HTTP status with an RFC 7807 body.</summary>
public sealed class ForumExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var api = ApiProblems.IsApi(httpContext);
        if ((ToProblem(exception) ?? (api ? UnexpectedFailure : null)) is not { } problem)
            return false;
        if (exception is RateLimitedException limited)
            httpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(limited.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        httpContext.Response.StatusCode = problem.Status!.Value;
        if (api)
        {
            await ApiProblems.WriteAsync(httpContext, problem);
            return true;
        }
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    public static ProblemDetails? ToProblem(Exception exception) => exception switch
    {
        ValidationException validation => new ValidationProblemDetails(validation.Errors
                .GroupBy(e => JsonName(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()))
            { Status = StatusCodes.Status400BadRequest, Title = "The request has invalid fields." },
        RuleViolationException rule => new ValidationProblemDetails(new Dictionary<string, string[]> { [JsonName(rule.Field)] = [rule.Message] })
            { Status = StatusCodes.Status400BadRequest, Title = "The request has invalid fields." },
        BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = "The request could not be read.", Detail = bad.Message },
        UnauthenticatedException e => Problem(StatusCodes.Status401Unauthorized, "Login required.", e.Message),
        ForbiddenException e => Problem(StatusCodes.Status403Forbidden, "Not allowed.", e.Message),
        NotFoundException e => Problem(StatusCodes.Status404NotFound, "Not found.", e.Message),
        ConflictException e => WithDetails(Problem(StatusCodes.Status409Conflict, "Conflict.", e.Message), e.Details),
        RateLimitedException e => Problem(StatusCodes.Status429TooManyRequests, "Too many requests.", e.Message),
        RudeWordsException e => WithDetails(Problem(StatusCodes.Status422UnprocessableEntity, "The text has words that may read as rude.", e.Message),
            new Dictionary<string, object?> { ["rudeWords"] = e.Words }),
        _ => null,
    };

    /// <summary>An API failure no use case foresaw; the exception is logged, not shown.</summary>
    private static ProblemDetails UnexpectedFailure =>
        Problem(StatusCodes.Status500InternalServerError, "Something went wrong.", "The error has been logged. Please try again.");

    private static ProblemDetails WithDetails(ProblemDetails problem, IReadOnlyDictionary<string, object?> details)
    {
        foreach (var (key, value) in details)
            problem.Extensions[key] = value;
        return problem;
    }

    private static ProblemDetails Problem(int status, string title, string detail) => new() { Status = status, Title = title, Detail = detail };

    private static string JsonName(string property) =>
        string.IsNullOrEmpty(property) ? "" : char.ToLowerInvariant(property[0]) + property[1..];
}
