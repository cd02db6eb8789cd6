using System.Globalization;
using Microsoft.Extensions.Localization;

namespace Forum.Infrastructure.Localization;

/// <summary>
/// The domain's <see cref="IForumTexts"/> over the shared resources: a sentence in a language named by the caller (a
/// notification for a member who reads another language than the request's), through the framework's localizer.
/// </summary>
public sealed class ResourceTexts(IStringLocalizer<SharedResource> localizer) : IForumTexts
{
    public string Get(string language, string key, params object?[] arguments)
    {
        // The localizer reads the culture of the current flow; it is changed for this look-up only.
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var wanted = CultureInfo.GetCultureInfo(Languages.Find(language) ?? Languages.English);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = wanted;
        try
        {
            return arguments.Length == 0 ? localizer[key] : localizer[key, [.. arguments.Select(a => a ?? "")]];
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}
