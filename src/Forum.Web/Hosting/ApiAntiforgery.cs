using Microsoft.AspNetCore.Antiforgery;

namespace Forum.Web.Hosting;

/// <summary>
/// A change through the API made with the site's sign-in cookie needs the antiforgery token of one of the forum's
/// pages (the <c>RequestVerificationToken</c> header, as the site's own scripts send it): the cookie alone travels
/// with requests that another site makes the browser send. Reads, anonymous calls and bearer-token calls (which no
/// other site can make a browser send) are unchanged.
/// </summary>
public static class ApiAntiforgery
{
    public static IApplicationBuilder UseAntiforgeryForApiCookieWrites(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (IsCookieSignedInApiWrite(context) && !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
            {
                var texts = RequestLanguages.Texts(context);
                await ApiProblems.WriteAsync(context, new ProblemDetails
                {
                    Status = StatusCodes.Status400BadRequest,
                    Title = texts["Problem.AntiforgeryTitle"],
                    Detail = texts["Problem.AntiforgeryDetail"],
                });
                return;
            }
            await next(context);
        });

    private static bool IsCookieSignedInApiWrite(HttpContext context) =>
        ApiProblems.IsApi(context)
        && !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
             || HttpMethods.IsOptions(context.Request.Method) || HttpMethods.IsTrace(context.Request.Method))
        && context.User.Identity?.IsAuthenticated == true
        && !context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
