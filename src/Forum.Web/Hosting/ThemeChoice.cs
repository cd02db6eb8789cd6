using Microsoft.AspNetCore.OutputCaching;

namespace Forum.Web.Hosting;

/// <summary>
/// The reader's theme: light or dark as they picked it (a cookie), or the system's (no cookie). The server writes the
/// choice into the page's head (the dark stylesheet's media), so a chosen theme shows from the first paint with no
/// script at all; site.js only applies a new choice at once and sets the cookie the same way the server does.
/// </summary>
public static class ThemeChoice
{
    public const string Path = "/theme";
    public const string CookieName = "forum-theme";
    public const string Light = "light", Dark = "dark", SameAsSystem = "system";

    /// <summary>The theme the reader picked, or null to follow the system.</summary>
    public static string? Of(HttpRequest request) =>
        request.Cookies[CookieName] switch
        {
            Light => Light,
            Dark => Dark,
            _ => null,
        };

    /// <summary>The media of the dark stylesheet: always, never, or when the system is dark.</summary>
    public static string DarkMedia(string? theme) => theme switch
    {
        Dark => "all",
        Light => "not all",
        _ => "(prefers-color-scheme: dark)",
    };

    /// <summary>The page's color-scheme (form controls, scroll bars) before the stylesheets load.</summary>
    public static string ColorScheme(string? theme) => theme ?? "light dark";

    /// <summary>Anonymous pages are cached once per theme, since the head differs.</summary>
    public static OutputCachePolicyBuilder VaryByTheme(this OutputCachePolicyBuilder policy) =>
        policy.VaryByValue(context => new("theme", Of(context.Request) ?? SameAsSystem));

    /// <summary>
    /// GET /theme?theme=dark&amp;returnUrl=/questions: the footer's form without JavaScript. Remembers the choice for a
    /// year (or forgets it for "system") and goes back to the page. A preference, not a change to the forum: a plain
    /// link may set it, like a language switch.
    /// </summary>
    public static void MapThemeChoice(this WebApplication app) =>
        app.MapGet(Path, (string? theme, string? returnUrl, HttpContext context) =>
        {
            if (theme is not (Light or Dark or SameAsSystem))
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["theme"] = ["The theme is light, dark or system."] });
            var cookies = context.Response.Cookies;
            if (theme == SameAsSystem)
                cookies.Delete(CookieName);
            else
                cookies.Append(CookieName, theme, new CookieOptions
                {
                    MaxAge = TimeSpan.FromDays(365),
                    SameSite = SameSiteMode.Lax,
                    Secure = context.Request.IsHttps,
                    // site.js sets the same cookie when a reader picks a theme with JavaScript on.
                    HttpOnly = false,
                    IsEssential = true,
                });
            return Results.Redirect(IsLocal(returnUrl) ? returnUrl! : "/");
        }).ExcludeFromDescription();

    private static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl);
}
