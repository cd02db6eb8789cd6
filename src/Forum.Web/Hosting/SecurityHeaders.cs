namespace Forum.Web.Hosting;

/// <summary>
/// Strict headers on every response, error pages and ProblemDetails included; the CSP allows no inline script or style.
/// They are set as the response starts, so that nothing before (an exception handler clearing the response) drops them.
/// </summary>
public static class SecurityHeaders
{
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Runs the headers' middleware first of all, even before the framework's host filtering (a startup filter
    /// registered before the framework's own), so that refusals of a wrong Host carry them too.
    /// </summary>
    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services)
    {
        services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, OutermostSecurityHeaders>());
        return services;
    }

    private static Task SetHeaders(object state)
    {
        var context = (HttpContext)state;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = context.GetEndpoint()?.Metadata.GetMetadata<ContentSecurityPolicyMetadata>()?.Policy(context) ?? ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        return Task.CompletedTask;
    }

    private sealed class OutermostSecurityHeaders : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Response.OnStarting(SetHeaders, context);
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

/// <summary>An endpoint's own Content-Security-Policy in place of the strict one, for a page that cannot work under it (null: the strict one).</summary>
public sealed record ContentSecurityPolicyMetadata(Func<HttpContext, string?> Policy);
