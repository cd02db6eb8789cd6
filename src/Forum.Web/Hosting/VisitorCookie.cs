namespace Forum.Web.Hosting;

/// <summary>
/// A random id for an anonymous browser, kept in a cookie, so that its "Was this helpful?" answer counts once.
/// It identifies nothing but the browser and is sent only when a visitor gives feedback.
/// </summary>
public static class VisitorCookie
{
    public const string Name = "forum.visitor";

    public static string GetOrCreate(HttpContext context)
    {
        if (context.Request.Cookies.TryGetValue(Name, out var value) && Guid.TryParseExact(value, "D", out _))
            return value;
        var id = Guid.NewGuid().ToString("D");
        context.Response.Cookies.Append(Name, id, new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(365),
        });
        return id;
    }
}
