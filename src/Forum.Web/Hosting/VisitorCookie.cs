using System.Security.Cryptography;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;

namespace Forum.Web.Hosting;

/// <summary>
/// A random id for an anonymous browser, kept in a cookie, so that its "Was this helpful?" answer counts once (the
/// database holds one answer per article and id) and can be changed. It identifies nothing but the browser and is sent
/// only when a visitor gives feedback. The id is signed, so a script cannot invent new ones; a browser without the
/// cookie is a new visitor, and an address gets only <c>Forum:NewVisitorsPerHourPerAddress</c> of those an hour.
/// </summary>
public static class VisitorCookie
{
    public const string Name = "forum.visitor";

    /// <summary>The rate limiter policy on anonymous feedback: new visitors per address and hour.</summary>
    public const string NewVisitorsPolicy = "new-visitors";

    public static string GetOrCreate(HttpContext context)
    {
        if (Read(context) is { } known)
            return known;
        var id = Guid.NewGuid().ToString("D");
        context.Response.Cookies.Append(Name, Protector(context).Protect(id), new CookieOptions
        {
            HttpOnly = true,
            Secure = context.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            IsEssential = true,
            MaxAge = TimeSpan.FromDays(365),
        });
        return id;
    }

    /// <summary>Reads, members and visitors with a cookie pass freely; a write that would make a new visitor counts against its address.</summary>
    public static RateLimitPartition<string> NewVisitorPartition(HttpContext context, int perHour) =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
        || context.User.Identity?.IsAuthenticated == true || Read(context) is not null
            ? RateLimitPartition.GetNoLimiter("reads and known visitors")
            : RateLimitPartition.GetFixedWindowLimiter($"new visitor {context.Connection.RemoteIpAddress}", _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perHour,
                Window = TimeSpan.FromHours(1),
            });

    /// <summary>The id in a cookie this forum signed; null without one or for one it did not sign.</summary>
    private static string? Read(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(Name, out var value))
            return null;
        try
        {
            var id = Protector(context).Unprotect(value);
            return Guid.TryParseExact(id, "D", out _) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static IDataProtector Protector(HttpContext context) =>
        context.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector("Forum.VisitorCookie");
}
