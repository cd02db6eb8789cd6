using Microsoft.AspNetCore.Mvc.Filters;

namespace Forum.Web.Pages;

/// <summary>
/// Turns a use case's refusal that a page did not handle into what a person expects (<see cref="ForumFailures.ToPageResult"/>):
/// the login page, or the 403, 404, 409 or 429 page with the refusal's message. Forms shown again with their
/// messages are handled by <see cref="ForumPageModel"/>.
/// </summary>
public sealed class ForumPageFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var executed = await next();
        if (executed.Exception is not { } exception || executed.ExceptionHandled)
            return;
        if (ForumFailures.ToPageResult(exception, context.HttpContext) is not { } result)
            return;
        executed.Result = result;
        executed.ExceptionHandled = true;
    }
}
