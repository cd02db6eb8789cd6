using Forum.Domain.Common;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Forum.Web.TagHelpers;

/// <summary>
/// <c>&lt;shared-fragment key="..."&gt;</c>: its content is rendered once for all the signed-in readers who would see
/// the same thing (the same key, which must date the data it was made from: see <see cref="IReadCache.Generation"/>)
/// and kept in the read cache. Its forms carry the antiforgery token of whoever it was rendered for, so the token is
/// taken out before keeping and each reader's own put back in. Without a key the content is rendered as usual.
/// </summary>
[HtmlTargetElement("shared-fragment")]
public sealed class SharedFragmentTagHelper(IReadCache cache, IAntiforgery antiforgery) : TagHelper
{
    // Unguessable, so that no post can contain it and be given a reader's token.
    private static readonly string TokenPlaceholder = $"antiforgery-{Guid.NewGuid():N}";

    public object? Key { get; set; }

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        if (Key is null)
            return;
        var token = antiforgery.GetAndStoreTokens(ViewContext.HttpContext).RequestToken!;
        var fragment = await cache.GetOrReadAsync(("shared-fragment", Key), async () =>
            new RenderedFragment((await output.GetChildContentAsync()).GetContent().Replace(token, TokenPlaceholder, StringComparison.Ordinal)));
        output.Content.SetHtmlContent(fragment.Html.Replace(TokenPlaceholder, token, StringComparison.Ordinal));
    }

    private sealed record RenderedFragment(string Html) : IWeighed
    {
        public long ApproximateBytes => 2L * Html.Length;
    }
}
