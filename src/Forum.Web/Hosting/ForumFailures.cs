using System.Globalization;
using FluentValidation;
using Forum.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.WebUtilities;

namespace Forum.Web.Hosting;

/// <summary>
/// The one place where a use case's failure (<see cref="ForumException"/>, a validation error, an unreadable request)
/// becomes what the client sees: a ProblemDetails for the API, a status page (or the login page) for a page, and
/// messages next to the fields for a form shown again. A rate limit's wait is written here as the Retry-After header,
/// for the forum's own allowances and for the ASP.NET Core rate limiter alike.
/// </summary>
public static class ForumFailures
{
    /// <summary>Where a page's failure leaves its message for the status page (<see cref="Pages.ErrorModel"/>).</summary>
    public const string PageMessageKey = "forum.error";

    private const string InvalidFields = "The request has invalid fields.";

    /// <summary>The ProblemDetails for a failure a use case or the framework foresaw; null for anything else (a bug).</summary>
    public static ProblemDetails? ToProblem(Exception exception) => exception switch
    {
        ValidationException validation => new ValidationProblemDetails(validation.Errors
                .GroupBy(e => JsonName(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()))
            { Status = StatusCodes.Status400BadRequest, Title = InvalidFields },
        RuleViolationException rule => new ValidationProblemDetails(new Dictionary<string, string[]> { [JsonName(rule.Field)] = [rule.Message] })
            { Status = StatusCodes.Status400BadRequest, Title = InvalidFields },
        BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = "The request could not be read.", Detail = bad.Message },
        ConflictException e => WithExtensions(Problem(StatusCodes.Status409Conflict, e.Message), e.Details),
        RudeWordsException e => WithExtensions(new ProblemDetails
            {
                Status = StatusCodes.Status422UnprocessableEntity, Title = "The text has words that may read as rude.", Detail = e.Message,
            }, new Dictionary<string, object?> { ["rudeWords"] = e.Words }),
        ForumException e => Problem(Status(e), e.Message),
        _ => null,
    };

    /// <summary>An API failure no use case foresaw; the exception is logged, not shown.</summary>
    public static ProblemDetails UnexpectedProblem => Problem(StatusCodes.Status500InternalServerError, "The error has been logged. Please try again.");

    public static ProblemDetails Problem(int status, string? detail = null) => new() { Status = status, Title = Title(status), Detail = detail };

    /// <summary>
    /// Sets the status and, for a rate limit, the Retry-After header of a response about to carry <paramref name="problem"/>.
    /// </summary>
    public static void Prepare(HttpResponse response, Exception exception, ProblemDetails problem)
    {
        response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
        if (exception is RateLimitedException limited)
            SetRetryAfter(response, limited.RetryAfter);
    }

    /// <summary>Retry-After in whole seconds, rounded up and at least one, so a client that waits that long is let in.</summary>
    public static string RetryAfterSeconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    public static void SetRetryAfter(HttpResponse response, TimeSpan wait) => response.Headers.RetryAfter = RetryAfterSeconds(wait);

    /// <summary>
    /// The ASP.NET Core rate limiter turned a request away (too many writes from one address): a 429 ProblemDetails
    /// saying when to try again, the same for pages and the API, as the request never reached a page.
    /// </summary>
    public static Task RejectAsync(HttpContext context, TimeSpan? wait)
    {
        var retryAfter = wait ?? TimeSpan.FromMinutes(1);
        SetRetryAfter(context.Response, retryAfter);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        return ApiProblems.WriteAsync(context, Problem(StatusCodes.Status429TooManyRequests,
            $"Too many writes from your address. Try again in {RetryAfterSeconds(retryAfter)} seconds."));
    }

    /// <summary>
    /// What a page shows for a failure it did not handle itself: the login page for a visitor, otherwise the status page
    /// with the failure's message; null for what is no foreseen failure (the exception handler logs it).
    /// </summary>
    public static IActionResult? ToPageResult(Exception exception, HttpContext context)
    {
        if (exception is UnauthenticatedException)
            return new ChallengeResult();
        if (ToProblem(exception) is not { } problem)
            return null;
        Prepare(context.Response, exception, problem);
        context.Items[PageMessageKey] = Message(exception);
        return new StatusCodeResult(problem.Status!.Value);
    }

    /// <summary>
    /// Puts a refused form's messages into <paramref name="modelState"/>: field errors under their fields (after
    /// <paramref name="fieldPrefix"/>), and what concerns the request as a whole (a conflict, a rate limit) under
    /// <paramref name="requestKey"/>. A rude-words warning adds no error: the page shows its own warning. False when the
    /// failure is not one a form shows (a missing post, a refusal): that goes to the status page.
    /// </summary>
    public static bool TryAddToForm(Exception exception, ModelStateDictionary modelState, HttpResponse response, string fieldPrefix = "", string requestKey = "")
    {
        switch (exception)
        {
            case ValidationException validation:
                foreach (var error in validation.Errors)
                    modelState.AddModelError(Field(fieldPrefix, error.PropertyName), error.ErrorMessage);
                return true;
            case RuleViolationException rule:
                modelState.AddModelError(Field(fieldPrefix, rule.Field), rule.Message);
                return true;
            case ConflictException conflict:
                modelState.AddModelError(requestKey, conflict.Message);
                return true;
            case RateLimitedException limited:
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                SetRetryAfter(response, limited.RetryAfter);
                modelState.AddModelError(requestKey, limited.Message);
                return true;
            case RudeWordsException:
                return true;
            default:
                return false;
        }
    }

    private static int Status(ForumException exception) => exception switch
    {
        UnauthenticatedException => StatusCodes.Status401Unauthorized,
        ForbiddenException => StatusCodes.Status403Forbidden,
        NotFoundException => StatusCodes.Status404NotFound,
        RateLimitedException => StatusCodes.Status429TooManyRequests,
        TooLargeException => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status409Conflict,
    };

    /// <summary>The title of an error status, for the API's ProblemDetails.</summary>
    public static string Title(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "Login required.",
        StatusCodes.Status403Forbidden => "Not allowed.",
        StatusCodes.Status404NotFound => "Not found.",
        StatusCodes.Status405MethodNotAllowed => "This address does not take that method.",
        StatusCodes.Status409Conflict => "Conflict.",
        StatusCodes.Status413PayloadTooLarge => "The request is too large.",
        StatusCodes.Status415UnsupportedMediaType => "The request body must be JSON (Content-Type: application/json).",
        StatusCodes.Status429TooManyRequests => "Too many requests.",
        StatusCodes.Status500InternalServerError => "Something went wrong.",
        _ => ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase + "." : "The request failed.",
    };

    /// <summary>What a person reads on the status page: the use case's own words.</summary>
    private static string Message(Exception exception) => exception switch
    {
        ValidationException validation => string.Join(" ", validation.Errors.Select(e => e.ErrorMessage).Distinct()),
        _ => exception.Message,
    };

    private static ProblemDetails WithExtensions(ProblemDetails problem, IReadOnlyDictionary<string, object?> extensions)
    {
        foreach (var (key, value) in extensions)
            problem.Extensions[key] = value;
        return problem;
    }

    private static string Field(string prefix, string property) => prefix.Length == 0 ? property : $"{prefix}.{property}";

    private static string JsonName(string property) =>
        string.IsNullOrEmpty(property) ? "" : char.ToLowerInvariant(property[0]) + property[1..];
}
