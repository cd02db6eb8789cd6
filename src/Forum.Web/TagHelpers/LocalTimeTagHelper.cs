using System.Globalization;
using Forum.Infrastructure;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

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
/// ("21:30 UTC"), in the reader's language; site.js rewrites it in the reader's own time zone. Without JavaScript the UTC
/// text stays.
/// </summary>
[HtmlTargetElement("local-time", TagStructure = TagStructure.WithoutEndTag)]
public sealed class LocalTimeTagHelper(IStringLocalizer<SharedResource> texts) : TagHelper
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
            LocalTimeShows.Time => texts["Time.ExactTime", utc],
            LocalTimeShows.Date => texts["Time.ExactDate", utc],
            _ => texts.ExactUtc(Value),
        });
    }
}
