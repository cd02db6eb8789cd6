using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Scalar.AspNetCore;

namespace Forum.Web.Api;

/// <summary>
/// The OpenAPI description of the JSON API, served at /openapi/v1.json: the endpoints' own metadata (summaries, typed
/// results, declared failures) plus what no single endpoint says: the forum, its tags and how a program signs in.
/// </summary>
public static class ApiDocumentation
{
    /// <summary>The forum's sign-in cookie, as the site's pages use the API.</summary>
    public const string CookieScheme = "cookie";

    /// <summary>A change made with the cookie also sends a forum page's antiforgery token (<see cref="ApiAntiforgery"/>).</summary>
    public const string AntiforgeryScheme = "antiforgery";

    /// <summary>The Identity API's bearer token (POST /api/v1/auth/login), the way for other programs.</summary>
    public const string BearerScheme = "bearer";

    private static readonly Dictionary<string, string> TagDescriptions = new()
    {
        ["Auth"] = "Registration, sign-in with bearer tokens, email confirmation, password reset and the account's own settings.",
        ["Categories"] = "The products and topics questions are asked under.",
        ["Questions"] = "Asking, reading, editing, deleting and voting on questions.",
        ["Answers"] = "Answering, editing, accepting and voting on answers.",
        ["Posts"] = "Help for the post editors: the Markdown preview and the respect check.",
        ["FAQ"] = "The official FAQ: verified answers promoted into articles, revisions reviewed by staff, and readers' feedback.",
        ["Members"] = "Member profiles, display names, badges, the leaderboard, support tiers and suspensions.",
        ["Search"] = "Full-text search over questions, answers and FAQ articles, and similar questions.",
        ["Moderation"] = "Flags from members and the moderators' queue, actions and audit log.",
        ["Support"] = "Customer service: the helpers' queue, taking questions, needs-info, follow-ups, ratings, common responses and the dashboard.",
        ["Notifications"] = "The member's notifications and which of them also come by email.",
    };

    public static IServiceCollection AddApiDocumentation(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.AddDocumentTransformer((document, _, _) =>
            {
                Describe(document);
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                DeclareSecurity(operation, context);
                return Task.CompletedTask;
            });
        });

    /// <summary>The OpenAPI document at /openapi/v1.json and the interactive API reference that reads it at /api/reference.</summary>
    public static void MapApiDocumentation(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapScalarApiReference("/api/reference", options => options
                .WithTitle("Forum API reference")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .WithNonce()
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .HideDeveloperTools()
                .AddPreferredSecuritySchemes(BearerScheme))
            .WithMetadata(new ContentSecurityPolicyMetadata(ReferencePagePolicy));
    }

    /// <summary>
    /// The reference page is a script application: its scripts carry the page's nonce (nothing else inline runs), and it
    /// styles its components inline. Everything else stays as strict as the forum's own pages: same origin only. Its
    /// other answers (the redirect to the address with a slash, its script files) keep the strict policy.
    /// </summary>
    private static string? ReferencePagePolicy(HttpContext context) =>
        context.Items[ScalarOptions.NonceHttpContextItemKey] is string { Length: > 0 } nonce
            ? $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
              "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
            : null;

    private static void Describe(OpenApiDocument document)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Forum API",
            Version = "v1",
            Description =
                "The community support forum's JSON API: the same use cases, rules and permissions as its pages.\n\n" +
                "**Signing in.** Programs sign in with `POST /api/v1/auth/login` and send the `accessToken` it returns as " +
                "`Authorization: Bearer ...` (renewed with `POST /api/v1/auth/refresh`). The forum's own pages call the API " +
                "with the sign-in cookie; a change made with the cookie must also send the `RequestVerificationToken` header " +
                "of a forum page. Reads and most of the forum are open to visitors; the answer may depend on who asks.\n\n" +
                "**Errors.** Every error is an RFC 7807 ProblemDetails (`application/problem+json`); invalid fields come as " +
                "`errors: {field: [messages]}`. A 429 carries `Retry-After` in seconds.",
        };
        foreach (var server in document.Servers ?? [])
            server.Url = server.Url?.TrimEnd('/');

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>
        {
            [BearerScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "The `accessToken` of `POST /api/v1/auth/login` (an opaque token of the Identity API, not a JWT).",
            },
            [CookieScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Cookie,
                Name = "forum.auth",
                Description = "The forum's sign-in cookie, as set by the site's login page (or `POST /api/v1/auth/login?useCookies=true`).",
            },
            [AntiforgeryScheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = "RequestVerificationToken",
                Description = "The antiforgery token of a forum page, needed with the sign-in cookie on every change.",
            },
        };

        foreach (var tag in document.Tags ?? Enumerable.Empty<OpenApiTag>())
            tag.Description = tag.Name is { } name ? TagDescriptions.GetValueOrDefault(name) : null;
    }

    /// <summary>
    /// Who may call the operation: with the bearer token, or with the cookie (plus the antiforgery header on a change);
    /// anyone at all unless the use case or the endpoint needs a signed-in member.
    /// </summary>
    private static void DeclareSecurity(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var signInRequired = metadata.OfType<UseCaseMetadata>().Any(useCase => useCase.SignInRequired) || metadata.OfType<IAuthorizeData>().Any();
        var change = UseCaseEndpoints.IsChange([context.Description.HttpMethod ?? "GET"]);

        var withCookie = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(CookieScheme, context.Document)] = [] };
        if (change)
            withCookie[new OpenApiSecuritySchemeReference(AntiforgeryScheme, context.Document)] = [];
        var withBearer = new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(BearerScheme, context.Document)] = [] };
        operation.Security = signInRequired ? [withBearer, withCookie] : [new OpenApiSecurityRequirement(), withBearer, withCookie];
    }
}
