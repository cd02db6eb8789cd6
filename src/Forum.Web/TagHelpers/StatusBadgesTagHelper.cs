using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Forum.Web.TagHelpers;

/// <summary><c>&lt;status-badges status="..." tier="..."/&gt;</c>: Solved, Locked, Archived, Closed and Priority badges; nothing for an open question.</summary>
[HtmlTargetElement("status-badges", TagStructure = TagStructure.WithoutEndTag)]
public sealed class StatusBadgesTagHelper : TagHelper
{
    public QuestionStatus Status { get; set; }
    public SupportTier Tier { get; set; }
    /// <summary>Set for a post only its author and moderators see: "Hidden: spam", "Awaiting review", "Deleted".</summary>
    public PostModeration? Moderation { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        output.Content.Clear();
        var (css, text, hint) = Status switch
        {
            QuestionStatus.Solved => ("solved", "Solved", "The asker accepted an answer."),
            QuestionStatus.Locked => ("locked", "Locked", "A moderator locked this thread: no new answers or votes."),
            QuestionStatus.Archived => ("archived", "Archived", "No activity for a long time; this thread is read-only."),
            QuestionStatus.ClosedAsDuplicate => ("closed", "Closed", "Closed as a duplicate of another question."),
            _ => (null, null, null),
        };
        if (css is not null)
            Badge(output, css, text!, hint!);
        if (Moderation is { } moderation)
            Badge(output, $"moderation-{moderation.State}", char.ToUpperInvariant(moderation.Label[0]) + moderation.Label[1..],
                "Only its author and moderators can see this post.");
        if (Tier == SupportTier.Priority)
            Badge(output, "priority", "Priority", "Asked by a Priority-support customer.");
    }

    private static void Badge(TagHelperOutput output, string css, string text, string hint)
    {
        output.Content.AppendHtml($"<span class=\"status-badge status-{css}\" title=\"{hint}\">");
        output.Content.Append(text);
        output.Content.AppendHtml("</span>");
    }
}
