using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Forum.Infrastructure;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.DataAnnotations;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;

namespace Forum.Web.Hosting;

/// <summary>
/// Which of the forum's languages a request is answered in (ASP.NET Core's request localization): the language chosen
/// on this browser (the language switch's cookie), else the one a signed-in member chose in their profile (pages only:
/// the API follows what its client asks for), else the browser's Accept-Language, else English. Pages carry it in
/// <c>&lt;html lang&gt;</c> and responses in Content-Language; the output cache keeps a page per language.
/// </summary>
public static class RequestLanguages
{
    public static IServiceCollection AddRequestLanguages(this IServiceCollection services)
    {
        services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Languages.All.Select(CultureInfo.GetCultureInfo).ToList();
            options.DefaultRequestCulture = new RequestCulture(Languages.English);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.ApplyCurrentCultureToResponseHeaders = true;
            options.RequestCultureProviders =
            [
                new CookieRequestCultureProvider { Options = options },
                new CustomRequestCultureProvider(MemberLanguageAsync) { Options = options },
                new AcceptLanguageHeaderRequestCultureProvider { Options = options },
            ];
        });
        // Pages write every language's letters and punctuation as they are ("Anda", “…”), not as character references.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // The forms' labels ([Display]) and messages ([Required]...) name a resource key of the shared resources.
        services.Configure<MvcDataAnnotationsLocalizationOptions>(options =>
            options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        return services;
    }

    /// <summary>After authentication, which the member's own language needs.</summary>
    public static IApplicationBuilder UseRequestLanguages(this IApplicationBuilder app) => app.UseRequestLocalization();

    /// <summary>The language of the request (one of <see cref="Languages.All"/>), as the localization found it.</summary>
    public static string Of(HttpContext context) =>
        Languages.Find(context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name) ?? Languages.English;

    /// <summary>
    /// The forum's words in the request's language, also for middleware that runs outside the localization (the
    /// exception handler, the API's status pages), where the request's language is made the current one first.
    /// </summary>
    public static IStringLocalizer Texts(HttpContext context)
    {
        if (context.Features.Get<IRequestCultureFeature>() is { } feature)
        {
            CultureInfo.CurrentCulture = feature.RequestCulture.Culture;
            CultureInfo.CurrentUICulture = feature.RequestCulture.UICulture;
        }
        return context.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
    }

    private static Task<ProviderCultureResult?> MemberLanguageAsync(HttpContext context) =>
        Task.FromResult<ProviderCultureResult?>(!ApiProblems.IsApi(context) && context.User.FindFirst(ForumClaimsPrincipalFactory.LanguageClaim)?.Value is { Length: > 0 } language
            ? new ProviderCultureResult(language)
            : null);
}
