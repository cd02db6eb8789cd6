using Forum.Infrastructure;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Forum.Web.TagHelpers;

/// <summary>
/// <c>&lt;time-ago value="..."/&gt;</c> renders "3 hours ago" (in the reader's language) in a <c>&lt;time&gt;</c> element whose
/// <c>datetime</c> and <c>title</c> carry the exact UTC time; site.js keeps the words current and puts the exact
/// time in the reader's time zone in the title (<c>data-local-title</c>).
/// </summary>
[HtmlTargetElement("time-ago", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TimeAgoTagHelper(TimeProvider clock, IStringLocalizer<SharedResource> texts) : TagHelper
{
    public DateTimeOffset Value { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("datetime", Words.MachineUtc(Value));
        output.Attributes.SetAttribute("title", texts.ExactUtc(Value).Value);
        output.Attributes.SetAttribute("data-relative", "");
        output.Attributes.SetAttribute("data-local-title", "");
        output.Content.SetContent(texts.Relative(Value, clock.GetUtcNow()));
    }
}
