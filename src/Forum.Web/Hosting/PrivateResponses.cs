using Microsoft.Net.Http.Headers;

namespace Forum.Web.Hosting;

/// <summary>
/// What is rendered for a signed-in member (pages, <c>/api/v1/members/me</c>) is kept by no cache, shared or their
/// browser's: <c>Cache-Control: private, no-store</c>. Responses that allow caching themselves (static files) keep their
/// own caching, as do anonymous pages.
/// </summary>
public static class PrivateResponses
{
    public const string CacheControl = "private, no-store";

    public static IApplicationBuilder UsePrivateResponsesForSignedInMembers(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.User.Identity?.IsAuthenticated == true)
                context.Response.OnStarting(MarkPrivate, context);
            return next(context);
        });

    private static Task MarkPrivate(object state)
    {
        var headers = ((HttpContext)state).Response.Headers;
        // Pages with forms already say "no-cache, no-store" (the antiforgery token); they become private too.
        if (!headers.ContainsKey(HeaderNames.CacheControl) || headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase))
            headers.CacheControl = CacheControl;
        return Task.CompletedTask;
    }
}
