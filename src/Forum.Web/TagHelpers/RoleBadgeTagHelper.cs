using Forum.Infrastructure;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Forum.Web.TagHelpers;

/// <summary>
/// <c>&lt;role-badge role="..."/&gt;</c>: "Staff", "Moderator" or "Admin" beside a team member's name, drawn from their
/// account's role (never from text a member typed, so no name can imitate it); nothing for other members.
/// </summary>
[HtmlTargetElement("role-badge", TagStructure = TagStructure.WithoutEndTag)]
public sealed class RoleBadgeTagHelper(IStringLocalizer<SharedResource> texts) : TagHelper
{
    public MemberRole Role { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Role == MemberRole.Member)
        {
            output.SuppressOutput();
            return;
        }
        var role = Role switch
        {
            MemberRole.Moderator => "moderator",
            MemberRole.Staff => "staff",
            _ => "admin",
        };
        var (label, description) = (texts[$"Role.{Role}"].Value, texts[$"Role.{Role}.Description"].Value);
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", $"role-badge role-badge-{role}");
        output.Attributes.SetAttribute("role", "img");
        output.Attributes.SetAttribute("aria-label", description);
        output.Attributes.SetAttribute("title", description);
        output.Content.SetContent(label);
    }
}
