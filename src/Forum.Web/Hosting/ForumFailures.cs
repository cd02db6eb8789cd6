using System.Globalization;
using FluentValidation;
using Forum.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using ValidationException = FluentValidation.ValidationException;

namespace Forum.Web.Hosting;

/// <summary>
/// The one place where a use case's failure (<see cref="ForumException"/>, a validation error, an unreadable request)
/// becomes what the client sees: a ProblemDetails for the API, a status page (or the login page) for a page, and
/// messages next to the fields for a form shown again. Titles are said in the request's language (Accept-Language). A rate limit's wait is written here as the Retry-After header,
/// for the forum's own allowances and for the ASP.NET Core rate limiter alike.
/// </summary>
public static class ForumFailures
{
    /// <summary>Where a page's failure leaves its message for the status page (<see cref="Pages.ErrorModel"/>).</summary>
    public const string PageMessageKey = "forum.error";

    /// <summary>
    /// The ProblemDetails for a failure a use case or the framework foresaw, its title in the language of
    /// <paramref name="texts"/>; null for anything else (a bug).
    /// </summary>
    public static ProblemDetails? ToProblem(Exception exception, IStringLocalizer texts) => StatusOf(exception) is not { } status ? null : exception switch
    {
        ValidationException validation => new ValidationProblemDetails(validation.Errors
                .GroupBy(e => JsonName(e.PropertyName))
                .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()))
            { Status = status, Title = texts["Problem.InvalidFields"] },
        RuleViolationException rule => new ValidationProblemDetails(new Dictionary<string, string[]> { [JsonName(rule.Field)] = [texts.Say(rule.Said)] })
            { Status = status, Title = texts["Problem.InvalidFields"] },
        BadHttpRequestException bad => new ProblemDetails { Status = status, Title = texts["Problem.Unreadable"], Detail = bad.Message },
        ConflictException e => WithExtensions(Problem(status, texts, texts.Say(e.Said)), e.Details),
        RudeWordsException e => WithExtensions(new ProblemDetails { Status = status, Title = texts["Problem.RudeWords"], Detail = texts.Say(e.Said) },
            new Dictionary<string, object?> { ["rudeWords"] = e.Words }),
        ForumException e => Problem(status, texts, texts.Say(e.Said)),
        _ => Problem(status, texts, exception.Message),
    };

    /// <summary>An API failure no use case foresaw; the exception is logged, not shown.</summary>
    public static ProblemDetails UnexpectedProblem(IStringLocalizer texts) => Problem(StatusCodes.Status500InternalServerError, texts, texts["Problem.Unexpected"]);

    public static ProblemDetails Problem(int status, IStringLocalizer texts, string? detail = null) => new() { Status = status, Title = Title(status, texts), Detail = detail };

    /// <summary>
    /// Sets the status and, for a rate limit, the Retry-After header of a response about to carry <paramref name="status"/>.
    /// </summary>
    public static void Prepare(HttpResponse response, Exception exception, int? status)
    {
        response.StatusCode = status ?? StatusCodes.Status500InternalServerError;
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
        var texts = RequestLanguages.Texts(context);
        return ApiProblems.WriteAsync(context, Problem(StatusCodes.Status429TooManyRequests, texts, texts["Problem.TooManyWrites", RetryAfterSeconds(retryAfter)]));
    }

    /// <summary>
    /// What a page shows for a failure it did not handle itself: the login page for a visitor, otherwise the status page
    /// with the failure's message; null for what is no foreseen failure (the exception handler logs it).
    /// </summary>
    public static IActionResult? ToPageResult(Exception exception, HttpContext context)
    {
        if (exception is UnauthenticatedException)
            return new ChallengeResult();
        if (StatusOf(exception) is not { } status)
            return null;
        Prepare(context.Response, exception, status);
        context.Items[PageMessageKey] = Message(exception, context);
        return new StatusCodeResult(status);
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
                modelState.AddModelError(Field(fieldPrefix, rule.Field), Said(rule, response.HttpContext));
                return true;
            case ConflictException conflict:
                modelState.AddModelError(requestKey, Said(conflict, response.HttpContext));
                return true;
            case RateLimitedException limited:
                response.StatusCode = StatusCodes.Status429TooManyRequests;
                SetRetryAfter(response, limited.RetryAfter);
                modelState.AddModelError(requestKey, Said(limited, response.HttpContext));
                return true;
            case RudeWordsException:
                return true;
            default:
                return false;
        }
    }

    /// <summary>The status of a failure a use case or the framework foresaw; null for anything else (a bug).</summary>
    private static int? StatusOf(Exception exception) => exception switch
    {
        ValidationException or RuleViolationException => StatusCodes.Status400BadRequest,
        BadHttpRequestException bad => bad.StatusCode,
        RudeWordsException => StatusCodes.Status422UnprocessableEntity,
        UnauthenticatedException => StatusCodes.Status401Unauthorized,
        ForbiddenException => StatusCodes.Status403Forbidden,
        NotFoundException => StatusCodes.Status404NotFound,
        RateLimitedException => StatusCodes.Status429TooManyRequests,
        TooLargeException => StatusCodes.Status413PayloadTooLarge,
        ForumException => StatusCodes.Status409Conflict,
        _ => null,
    };

    /// <summary>The title of an error status, for the API's ProblemDetails, in the language of <paramref name="texts"/>.</summary>
    public static string Title(int status, IStringLocalizer texts) =>
        texts[$"Problem.Status{status}"] is { ResourceNotFound: false } title ? title
        : ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase + "."
        : texts["Problem.Failed"];

    /// <summary>What a person reads on the status page: the use case's own words, in the reader's language.</summary>
    private static string Message(Exception exception, HttpContext context) => exception switch
    {
        ValidationException validation => string.Join(" ", validation.Errors.Select(e => e.ErrorMessage).Distinct()),
        ForumException failure => Said(failure, context),
        _ => exception.Message,
    };

    /// <summary>A use case's failure in the request's language (as written, outside a request with the forum's services).</summary>
    private static string Said(ForumException failure, HttpContext context) =>
        context.RequestServices?.GetService<IStringLocalizer<SharedResource>>() is { } texts ? texts.Say(failure.Said) : failure.Message;

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
