using Microsoft.AspNetCore.Mvc.Filters;

namespace Forum.Web.Areas.Identity.Pages.Account;

/// <summary>
/// The Identity UI pages for what the forum does not offer (signing in with another site, setting a first password on
/// such an account): every request, whatever its handler, answers 404 instead of the stock page.
/// </summary>
public sealed class NotOfferedModel : PageModel
{
    public override Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        context.Result = NotFound();
        return Task.CompletedTask;
    }
}
