using System.Globalization;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Forum.Web.TagHelpers;

/// <summary>What of a moment <see cref="LocalTimeTagHelper"/> shows.</summary>
public enum LocalTimeShows
{
    DateAndTime,
    Time,
    Date,
}

/// <summary>
/// <c>&lt;local-time value="..." show="Time"/&gt;</c> renders a moment as a <c>&lt;time&gt;</c> in UTC, said so
/// ("21:30 UTC"); site.js rewrites it in the reader's own time zone. Without JavaScript the UTC text stays.
/// </summary>
[HtmlTargetElement("local-time", TagStructure = TagStructure.WithoutEndTag)]
public sealed class LocalTimeTagHelper : TagHelper
{
    public DateTimeOffset Value { get; set; }

    public LocalTimeShows Show { get; set; } = LocalTimeShows.DateAndTime;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var utc = Value.UtcDateTime;
        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("datetime", Words.MachineUtc(Value));
        output.Attributes.SetAttribute("data-local", Show switch
        {
            LocalTimeShows.Time => "time",
            LocalTimeShows.Date => "date",
            _ => "datetime",
        });
        output.Content.SetContent(Show switch
        {
            LocalTimeShows.Time => utc.ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture),
            LocalTimeShows.Date => utc.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
            _ => Words.ExactUtc(Value),
        });
    }
}
