using Microsoft.AspNetCore.RateLimiting;

namespace Forum.Web.Pages.Faq;

/// <summary>
/// "Was this helpful?" under an FAQ article, then back to the article with the next step or the thanks.
/// </summary>
/// <remarks>
/// Posted without an antiforgery token, so the article page sets no cookie and visitors get it from the output
/// cache. Nothing is at stake: visitors may give feedback anyway, and a forged post could only record one
/// helpful/not-helpful answer, which the member's own next answer replaces (the sign-in cookie is also SameSite=Lax).
/// </remarks>
[IgnoreAntiforgeryToken]
[EnableRateLimiting(VisitorCookie.NewVisitorsPolicy)]
public sealed class FeedbackModel(IMediator mediator) : ForumPageModel(mediator)
{
    // A slug of white space alone binds as null: no article has it.
    public IActionResult OnGet(string? slug) => string.IsNullOrWhiteSpace(slug) ? NotFound() : Redirect(Links.FaqArticle(slug));

    public async Task<IActionResult> OnPostAsync(string? slug, bool helpful, FeedbackReason? reason)
    {
        if (string.IsNullOrWhiteSpace(slug))
            return NotFound();
        var browser = User.Identity?.IsAuthenticated == true ? null : VisitorCookie.GetOrCreate(HttpContext);
        var (ok, _) = await TrySendAsync(new SendFaqFeedback(slug, helpful, reason, browser));
        if (!ok)
            KeepErrorsForRedirect();
        else
            TempData[ShowModel.FeedbackStepKey] = helpful || reason is not null ? "thanks" : "why";
        return Redirect(Links.FaqArticle(slug) + "#feedback");
    }
}
