using Forum.Infrastructure;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Forum.Web.TagHelpers;

/// <summary><c>&lt;status-badges status="..." tier="..."/&gt;</c>: Solved, Locked, Archived, Closed and Priority badges; nothing for an open question.</summary>
[HtmlTargetElement("status-badges", TagStructure = TagStructure.WithoutEndTag)]
public sealed class StatusBadgesTagHelper(IStringLocalizer<SharedResource> texts) : TagHelper
{
    public QuestionStatus Status { get; set; }
    public SupportTier Tier { get; set; }
    /// <summary>Set for a post only its author and moderators see: "Hidden: spam", "Awaiting review", "Deleted".</summary>
    public PostModeration? Moderation { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        output.Content.Clear();
        var css = Status switch
        {
            QuestionStatus.Solved => "solved",
            QuestionStatus.Locked => "locked",
            QuestionStatus.Archived => "archived",
            QuestionStatus.ClosedAsDuplicate => "closed",
            _ => null,
        };
        if (css is not null)
            Badge(output, css, texts[$"Status.{Status}"], texts[$"Status.{Status}.Hint"]);
        if (Moderation is { } moderation)
            Badge(output, $"moderation-{moderation.State}", texts.ModerationLabel(moderation), texts["Status.Moderated.Hint"]);
        if (Tier == SupportTier.Priority)
            Badge(output, "priority", texts["Status.Priority"], texts["Status.Priority.Hint"]);
    }

    private static void Badge(TagHelperOutput output, string css, string text, string hint)
    {
        output.Content.AppendHtml($"<span class=\"status-badge status-{css}\" title=\"");
        output.Content.Append(hint);
        output.Content.AppendHtml("\">");
        output.Content.Append(text);
        output.Content.AppendHtml("</span>");
    }
}
