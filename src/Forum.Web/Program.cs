using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Forum.Domain;
using Forum.Infrastructure;
using Forum.Infrastructure.Persistence;
using Forum.Infrastructure.Seeding;
using Forum.Web.Api;
using Forum.Web.Feeds;
using Forum.Web.Live;
using Microsoft.AspNetCore.Authentication;

var builder = WebApplication.CreateBuilder(args);
var services = builder.Services;
// A search of 5,000 characters (any script, percent-encoded) fits in the request line.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = 64 * 1024);

services.AddForumDomain();
services.AddInfrastructure(builder.Configuration, builder.Environment.ContentRootPath);
services.AddSecurityHeaders();
services.AddHostsAndProxies();
services.AddRequestLanguages();

services.AddIdentity<ForumUser, IdentityRole>(options =>
    {
        options.SignIn.RequireConfirmedAccount = builder.Configuration.GetValue("Forum:RequireConfirmedEmail", true);
        options.User.RequireUniqueEmail = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
    })
    .AddEntityFrameworkStores<ForumDbContext>()
    .AddErrorDescriber<LocalizedIdentityErrors>()
    .AddDefaultTokenProviders()
    .AddDefaultUI()
    .AddApiEndpoints()
    .AddSignInManager<ForumSignInManager>() // after AddApiEndpoints, which registers the default one
    .AddClaimsPrincipalFactory<ForumClaimsPrincipalFactory>();
services.AddAuthentication(options =>
    {
        options.DefaultScheme = "CookieOrBearer";
        options.DefaultAuthenticateScheme = "CookieOrBearer";
        options.DefaultChallengeScheme = "CookieOrBearer";
    })
    .AddBearerToken(IdentityConstants.BearerScheme)
    .AddCurrentSessionChecks()
    .AddPolicyScheme("CookieOrBearer", displayName: null, options =>
        options.ForwardDefaultSelector = context =>
            context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                ? CurrentSessionAuthentication.BearerScheme
                : IdentityConstants.ApplicationScheme);
services.ConfigureApplicationCookie(options =>
{
    options.Cookie.Name = "forum.auth";
    options.Cookie.SameSite = SameSiteMode.Lax;
    options.Events.OnRedirectToLogin = context => ApiAware(context, StatusCodes.Status401Unauthorized);
    options.Events.OnRedirectToAccessDenied = context => ApiAware(context, StatusCodes.Status403Forbidden);
});
// A suspension changes the security stamp, which every request checks (CurrentSessionAuthentication); the full
// check, which also refreshes a cookie's claims (roles, name), runs every minute.
services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
services.AddTransient<Microsoft.AspNetCore.Identity.UI.Services.IEmailSender, IdentityEmailSender>();
services.AddTransient<IEmailSender<ForumUser>, IdentityEmailSender>();
services.AddTransient<IdentityEmailSender>();
services.AddScoped<AccountRegistration>();

services.AddRazorPages(options =>
{
    options.Conventions.ConfigureFilter(new ForumPageFilter());
    // One list page serves /questions, a category's questions and a tag's questions.
    options.Conventions.AddPageRoute("/Questions/Index", "/c/{category}");
    options.Conventions.AddPageRoute("/Questions/Index", "/tags/{tag}");
    options.Conventions.AddPageRoute("/Posts/History", "/answers/{id:int}/history");
    options.Conventions.AddPageRoute("/Posts/Review", "/answers/{id:int}/review");
})
    // A bound checkbox posts nothing when unchecked, which binds false: no hidden "false" twin under the same name
    // (two controls of one name, which html-validate refuses; every such field here defaults to false).
    .AddViewOptions(options => options.HtmlHelperOptions.CheckBoxHiddenInputRenderMode = Microsoft.AspNetCore.Mvc.Rendering.CheckBoxHiddenInputRenderMode.None);
services.AddSingleton<ForumLinks>();
services.AddSingleton<Forum.Domain.Common.IForumLinks>(sp => sp.GetRequiredService<ForumLinks>());
services.AddAntiforgery(options => options.Cookie.Name = "forum.antiforgery");
services.AddProblemDetails();
services.AddExceptionHandler<ForumExceptionHandler>();
services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
    options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
});
services.AddApiDocumentation();
services.AddPageCaching();
services.AddResponseCompression(options => options.EnableForHttps = true);
services.AddHealthProbes();
services.AddLiveUpdates(builder.Configuration);
services.AddRateLimiter(options =>
{
    options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    // Opening the live connection (SignalR's negotiate is a POST) writes nothing: each page a reader opens does it, and
    // counted as a write it locked readers sharing an address out of logging in and posting.
    options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || context.Request.Path.StartsWithSegments(ForumHub.Path)
            ? RateLimitPartition.GetNoLimiter("reads")
            : WritesPerAddress.Partition(context, builder.Configuration.GetValue("Forum:WritesPerMinutePerAddress", 120)));
    options.AddPolicy(VisitorCookie.NewVisitorsPolicy, context =>
        VisitorCookie.NewVisitorPartition(context, builder.Configuration.GetValue("Forum:NewVisitorsPerHourPerAddress", 10)));
    options.OnRejected = (context, _) => new ValueTask(ForumFailures.RejectAsync(context.HttpContext,
        context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : (TimeSpan?)null));
});

var app = builder.Build();
FieldNames.SayIn(app.Services.GetRequiredService<IForumTexts>());

if (OperatorCommands.IsCommand(args))
    return await OperatorCommands.RunAsync(app, args);

await using (var scope = app.Services.CreateAsyncScope())
{
    var seedDemoContent = app.Configuration.GetValue<bool>("Forum:SeedDemoContent");
    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync(
        seedDemoContent ? () => scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync() : null);
}

app.UseForwardedHeadersOfKnownProxies();
app.UseExceptionHandler();
if (!app.Environment.IsDevelopment())
    app.UseHsts();
app.UseWhen(ApiProblems.IsApi, api => api.UseStatusCodePages(ApiProblems.WriteStatusAsync));
app.UseWhen(context => !ApiProblems.IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/Error", "?status={0}"));
app.UseResponseCompression();
app.UseRouting();
app.UseCommitsOfEveryNode();
app.UseAuthentication();
app.UseRequestLanguages();
app.UsePrivateResponsesForSignedInMembers();
app.UseAntiforgeryForApiCookieWrites();
app.UseRateLimiter();
app.UseAuthorization();
app.UseOutputCache();

app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets().CacheOutput(PageCaching.Policy);
app.MapForumApi();
app.MapFeeds();
app.MapThemeChoice();
app.MapLanguageSwitch();
app.MapApiDocumentation();
app.MapHealthProbes();
app.MapHub<ForumHub>(ForumHub.Path);

if (app.Configuration.GetValue<bool>("Forum:SeedDemoContent"))
    app.Lifetime.ApplicationStarted.Register(() => DemoAccounts.Print(app));

await app.RunAsync();
return 0;

static Task ApiAware(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
{
    if (context.Request.Path.StartsWithSegments("/api"))
        context.Response.StatusCode = status;
    else
        context.Response.Redirect(context.RedirectUri);
    return Task.CompletedTask;
}

public partial class Program;
