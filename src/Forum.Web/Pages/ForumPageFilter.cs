using Forum.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Forum.Web.Pages;

/// <summary>
/// Turns a use case's refusal into what a person expects from a page: the login page, a 403, 404 or 429 page.
/// Field errors are handled by <see cref="ForumPageModel"/>, which re-renders the form with messages.
/// </summary>
public sealed class ForumPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not ForumException exception || executed.ExceptionHandled)
            return;
        executed.ExceptionHandled = true;
        if (exception is RateLimitedException limited)
            context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(limited.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        executed.Result = exception switch
        {
            UnauthenticatedException => new ChallengeResult(),
            ForbiddenException => new StatusCodeResult(StatusCodes.Status403Forbidden),
            NotFoundException => new NotFoundResult(),
            RateLimitedException => new StatusCodeResult(StatusCodes.Status429TooManyRequests),
            _ => new StatusCodeResult(StatusCodes.Status409Conflict),
        };
        context.HttpContext.Items[ErrorMessageKey] = exception.Message;
    }

    public const string ErrorMessageKey = "forum.error";
}
