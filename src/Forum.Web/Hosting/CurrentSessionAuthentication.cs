using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Forum.Web.Hosting;

/// <summary>
/// Every signed-in request is checked against the account's security stamp (<see cref="CurrentSessions"/>), so that
/// suspending a member ends their cookies and bearer tokens at once. Identity re-checks cookies only every few
/// minutes and bearer tokens never; the full check (claims refreshed) still runs at its interval for cookies.
/// </summary>
public static class CurrentSessionAuthentication
{
    /// <summary>The bearer tokens of the Identity API, accepted only while their sign-in is current.</summary>
    public const string BearerScheme = "CurrentBearer";

    public static AuthenticationBuilder AddCurrentSessionChecks(this AuthenticationBuilder authentication)
    {
        authentication.Services.ConfigureApplicationCookie(options =>
        {
            var validateAtInterval = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = async context =>
            {
                if (context.Principal is { } principal && !await context.HttpContext.RequestServices.GetRequiredService<CurrentSessions>().IsCurrentAsync(principal))
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }
                await validateAtInterval(context);
            };
        });
        return authentication.AddScheme<AuthenticationSchemeOptions, CurrentBearerHandler>(BearerScheme, options =>
        {
            options.ForwardChallenge = IdentityConstants.BearerScheme;
            options.ForwardForbid = IdentityConstants.BearerScheme;
        });
    }

    private sealed class CurrentBearerHandler(
        IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, CurrentSessions sessions)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var result = await Context.AuthenticateAsync(IdentityConstants.BearerScheme);
            if (!result.Succeeded || await sessions.IsCurrentAsync(result.Principal))
                return result;
            return AuthenticateResult.Fail("This sign-in has ended: sign in again.");
        }
    }
}
