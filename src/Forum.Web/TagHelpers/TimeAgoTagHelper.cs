using System.Globalization;
using Forum.Domain.Common;
using Forum.Web.Pages;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Forum.Web.TagHelpers;

/// <summary>
/// <c>&lt;time-ago value="..."/&gt;</c> renders "3 hours ago" in a <c>&lt;time&gt;</c> element whose
/// <c>datetime</c> and <c>title</c> carry the exact UTC time; site.js keeps the words current.
/// </summary>
[HtmlTargetElement("time-ago", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TimeAgoTagHelper(TimeProvider clock) : TagHelper
{
    public DateTimeOffset Value { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("datetime", Value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        output.Attributes.SetAttribute("title", Words.ExactUtc(Value));
        output.Attributes.SetAttribute("data-relative", "");
        output.Content.SetContent(Words.Relative(Value, clock.GetUtcNow()));
    }
}
