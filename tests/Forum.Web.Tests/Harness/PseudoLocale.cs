using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;

namespace Forum.Web.Tests.Harness;

/// <summary>
/// The pseudo-locale <c>qps-ploc</c>, which exists only in tests: a request whose UI language is qps-ploc gets every
/// resource string accented and bracketed (<c>⟦Àšķ å ǫûéšţîöñ⟧</c>), its placeholders kept, so that a page can be checked
/// for words that did not come through a resource. Formats (numbers, dates) stay in the request's culture (English).
/// </summary>
public static class PseudoLocale
{
    public const string Name = "qps-ploc";
    public const char Open = '⟦';
    public const char Close = '⟧';

    private const string Plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Accented = "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";

    /// <summary>
    /// The pseudo-localized form of a resource string: its letters accented and the whole bracketed; what the code
    /// reads (placeholders such as <c>{0:N0}</c>, markup tags and character references) left as it is.
    /// </summary>
    public static string Transform(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append(Open);
        var keptUntil = '\0';
        foreach (var c in text)
        {
            if (keptUntil != '\0')
            {
                builder.Append(c);
                if (c == keptUntil)
                    keptUntil = '\0';
                continue;
            }
            keptUntil = c switch { '{' => '}', '<' => '>', '&' => ';', _ => '\0' };
            var plain = Plain.IndexOf(c);
            builder.Append(keptUntil == '\0' && plain >= 0 ? Accented[plain] : c);
        }
        return builder.Append(Close).ToString();
    }

    /// <summary>The forum's localizers, pseudo-localized for requests in <see cref="Name"/>; qps-ploc becomes a UI language the forum accepts.</summary>
    public static void AddTo(IWebHostBuilder builder) => builder.ConfigureTestServices(services =>
    {
        services.Configure<RequestLocalizationOptions>(options => options.SupportedUICultures!.Add(CultureInfo.GetCultureInfo(Name)));
        services.TryAddSingleton<ResourceManagerStringLocalizerFactory>();
        services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory>(provider => new Factory(
            provider.GetRequiredService<ResourceManagerStringLocalizerFactory>(), provider.GetRequiredService<IHttpContextAccessor>())));
    });

    /// <summary>A client in the pseudo-locale (the framework's culture cookie: formats in English, words in qps-ploc) that keeps its cookies and follows redirects.</summary>
    public static HttpClient Client(WebApplicationFactory<Program> forum)
    {
        var cookies = new System.Net.CookieContainer();
        var client = forum.CreateDefaultClient(new RedirectHandler(), new CookieContainerHandler(cookies));
        cookies.Add(client.BaseAddress!, new System.Net.Cookie(CookieRequestCultureProvider.DefaultCookieName,
            Uri.EscapeDataString(CookieRequestCultureProvider.MakeCookieValue(new RequestCulture("en", Name)))));
        return client;
    }

    private static bool InPseudoLocale(IHttpContextAccessor http) =>
        string.Equals(http.HttpContext?.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name, Name, StringComparison.OrdinalIgnoreCase);

    private sealed class Factory(IStringLocalizerFactory inner, IHttpContextAccessor http) : IStringLocalizerFactory
    {
        public IStringLocalizer Create(Type resourceSource) => new Localizer(inner.Create(resourceSource), http);

        public IStringLocalizer Create(string baseName, string location) => new Localizer(inner.Create(baseName, location), http);
    }

    private sealed class Localizer(IStringLocalizer inner, IHttpContextAccessor http) : IStringLocalizer
    {
        public LocalizedString this[string name] => Pseudo(inner[name]);

        public LocalizedString this[string name, params object[] arguments] => InPseudoLocale(http)
            ? Format(inner[name], arguments)
            : inner[name, arguments];

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures).Select(Pseudo);

        private LocalizedString Pseudo(LocalizedString text) =>
            InPseudoLocale(http) && !text.ResourceNotFound ? new(text.Name, Transform(text.Value), text.ResourceNotFound, text.SearchedLocation) : text;

        private static LocalizedString Format(LocalizedString text, object[] arguments) => text.ResourceNotFound
            ? text
            : new(text.Name, string.Format(CultureInfo.CurrentCulture, Transform(text.Value), arguments), false, text.SearchedLocation);
    }
}
