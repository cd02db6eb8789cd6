using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Identity.Data;

namespace Forum.Web.Api;

public static class AccountEndpoints
{
    /// <summary>How the Identity API's endpoints are described: they come from the framework, so their summaries and failures are added here.</summary>
    private sealed record IdentityOperation(string Method, string Route, string? Name, string Summary, string? Description, params int[] Failures);

    private static readonly IdentityOperation[] IdentityOperations =
    [
        new("POST", "/login", "SignIn", "Sign in",
            "Returns a bearer `accessToken` (and a `refreshToken`); with `useCookies=true`, sets the sign-in cookie instead. 401 for a wrong email or password, " +
            "an unconfirmed email, a locked-out account or a missing two-factor code.", StatusCodes.Status401Unauthorized),
        new("POST", "/refresh", "RefreshAccessToken", "Renew an access token with a refresh token", null, StatusCodes.Status401Unauthorized),
        new("GET", "/confirmEmail", null, "Confirm an email address", "The link of the confirmation email.", StatusCodes.Status401Unauthorized),
        new("POST", "/resendConfirmationEmail", "ResendConfirmationEmail", "Send the confirmation email again", "Answers alike whether or not the address is known."),
        new("POST", "/forgotPassword", "ForgotPassword", "Ask for a password reset code by email", "Answers alike whether or not the address is known."),
        new("POST", "/resetPassword", "ResetPassword", "Reset a password with the emailed code", null),
        new("POST", "/manage/2fa", "ManageTwoFactor", "Set up or change two-factor sign-in", null, StatusCodes.Status404NotFound),
        new("GET", "/manage/info", "GetAccountInfo", "Get your account's email", null, StatusCodes.Status404NotFound),
        new("POST", "/manage/info", "ChangeAccountInfo", "Change your account's email or password", null, StatusCodes.Status404NotFound),
    ];

    /// <summary>
    /// The Identity API (login, tokens, email confirmation, password reset, the account's settings) beside
    /// POST /auth/register, which answers alike for new and existing addresses (<see cref="AccountRegistration"/>). That
    /// one is mapped beside the Identity API's own /register, which said "already taken", and is preferred by its order.
    /// </summary>
    public static void MapAccountEndpoints(this IEndpointRouteBuilder auth)
    {
        // Finally: after the Identity API's own conventions (its manage endpoints' sign-in requirement among them).
        auth.MapIdentityApi<ForumUser>().Finally(DescribeIdentityEndpoint);

        auth.MapPost("/register", async Task<Results<Ok, ValidationProblem>> (RegisterRequest registration, AccountRegistration accounts) =>
            {
                var result = await accounts.RegisterAsync(registration.Email, registration.Password);
                return result.Succeeded
                    ? TypedResults.Ok()
                    : TypedResults.ValidationProblem(result.Errors.GroupBy(e => e.Code).ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
            })
            .WithOrder(-1)
            .WithName("Register")
            .WithSummary("Register an account")
            .WithDescription("Sends a confirmation email; the answer is the same whether or not the address already has an account. " +
                "400 when the password does not meet the rules.")
            .Add(UseCaseEndpoints.DeclareFailuresOfChanges);
    }

    private static void DescribeIdentityEndpoint(EndpointBuilder endpoint)
    {
        if (endpoint is not RouteEndpointBuilder route)
            return;
        var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods).ToList();
        var path = route.RoutePattern.RawText ?? "";
        if (path.EndsWith("/register", StringComparison.Ordinal))
        {
            endpoint.Metadata.Add(new ExcludeFromDescriptionAttribute());
            return;
        }
        var operation = IdentityOperations.SingleOrDefault(o => methods.Contains(o.Method) && path.EndsWith(o.Route, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"The Identity API's {string.Join(",", methods)} {path} has no description in {nameof(AccountEndpoints)}.");
        if (operation.Name is { } name)
            endpoint.Metadata.Add(new EndpointNameMetadata(name));
        endpoint.Metadata.Add(new EndpointSummaryAttribute(operation.Summary));
        if (operation.Description is { } description)
            endpoint.Metadata.Add(new EndpointDescriptionAttribute(description));
        if (endpoint.Metadata.OfType<Microsoft.AspNetCore.Authorization.IAuthorizeData>().Any())
            UseCaseEndpoints.DeclareProblem(endpoint, StatusCodes.Status401Unauthorized);
        foreach (var status in operation.Failures)
            UseCaseEndpoints.DeclareProblem(endpoint, status);
        UseCaseEndpoints.DeclareFailuresOfChanges(endpoint);
        // The email confirmation answers with a line of text, which its typed result does not declare.
        if (!endpoint.Metadata.OfType<IProducesResponseTypeMetadata>().Any(response => response.StatusCode is >= 200 and < 300))
            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), ["text/plain"]));
    }
}
