using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Localization;

namespace Forum.Web.Hosting;

/// <summary>
/// The footer's language switch (a plain form, so it works without scripts): the chosen language is remembered in the
/// framework's culture cookie and, for a signed-in member, in their profile, which their emails follow too. Then back
/// to the page the switch was on.
/// </summary>
public static class LanguageSwitch
{
    public const string Path = "/language";
    private static readonly TimeSpan Remembered = TimeSpan.FromDays(365);

    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        // Visitors get their pages from the output cache, so their switch carries no antiforgery token: a forged post could
        // only change that browser's language. A member's switch changes their profile: it carries the token, checked here.
        app.MapPost(Path, ChooseAsync).DisableAntiforgery().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ChooseAsync(HttpContext context, IAntiforgery antiforgery, IMediator mediator, CancellationToken ct)
    {
        if (!context.Request.HasFormContentType)
            return Results.BadRequest();
        var form = await context.Request.ReadFormAsync(ct);
        if (Languages.Find(form["language"]) is not { } language)
            return Results.BadRequest();
        if (context.User.Identity?.IsAuthenticated == true)
        {
            if (!await antiforgery.IsRequestValidAsync(context))
                return Results.BadRequest();
            await mediator.Send(new ChooseLanguage(language), ct);
        }
        Remember(context.Response, language);
        var returnUrl = form["returnUrl"].ToString();
        return Results.Redirect(IsLocal(returnUrl) ? returnUrl : "/");
    }

    /// <summary>This browser's pages are in <paramref name="language"/> from the next request on (the framework's culture cookie).</summary>
    public static void Remember(HttpResponse response, string language) =>
        response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions
            {
                Path = "/", MaxAge = Remembered, IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = response.HttpContext.Request.IsHttps,
            });

    /// <summary>A path on this site ("/faq?x=1"), never another site ("//evil.example", "/\evil.example", "https://…").</summary>
    private static bool IsLocal(string url) =>
        url.Length > 0 && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl);
}
