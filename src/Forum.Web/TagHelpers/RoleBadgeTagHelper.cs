using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Forum.Web.TagHelpers;

/// <summary>
/// <c>&lt;role-badge role="..."/&gt;</c>: "Staff", "Moderator" or "Admin" beside a team member's name, drawn from their
/// account's role (never from text a member typed, so no name can imitate it); nothing for other members.
/// </summary>
[HtmlTargetElement("role-badge", TagStructure = TagStructure.WithoutEndTag)]
public sealed class RoleBadgeTagHelper : TagHelper
{
    public MemberRole Role { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Role == MemberRole.Member)
        {
            output.SuppressOutput();
            return;
        }
        var (label, description) = Role switch
        {
            MemberRole.Moderator => ("Moderator", "Forum moderator"),
            MemberRole.Staff => ("Staff", "Forum staff"),
            _ => ("Admin", "Forum administrator"),
        };
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", $"role-badge role-badge-{label.ToLowerInvariant()}");
        output.Attributes.SetAttribute("role", "img");
        output.Attributes.SetAttribute("aria-label", description);
        output.Attributes.SetAttribute("title", description);
        output.Content.SetContent(label);
    }
}
