using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Forum.Web.TagHelpers;

/// <summary>
/// <c>&lt;shared-fragment key="..."&gt;</c>: its content is rendered once for all the signed-in readers who would see
/// the same thing (the same key, which must date the data it was made from: see <see cref="IReadCache.Generation"/>)
/// and kept in the read cache. Its forms carry the antiforgery token of whoever it was rendered for, so it is kept
/// cut where that token stands, and each reader's own token goes in the cuts. Without a key the content is rendered
/// as usual.
/// </summary>
[HtmlTargetElement("shared-fragment")]
public sealed class SharedFragmentTagHelper(IReadCache cache, IAntiforgery antiforgery) : TagHelper
{
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
            new RenderedFragment((await output.GetChildContentAsync()).GetContent().Split(token)));
        output.Content.SetHtmlContent(fragment.WithToken(token));
    }

    /// <summary>
    /// The rendered HTML in the pieces between the places of the antiforgery token, kept as UTF-8: half the memory
    /// of strings, so that the fragments of the threads readers keep reading fit beside the threads themselves.
    /// </summary>
    private sealed class RenderedFragment : IWeighed
    {
        private readonly byte[][] utf8Pieces;
        private readonly int longestPiece;

        public RenderedFragment(string[] pieces)
        {
            utf8Pieces = [.. pieces.Select(Encoding.UTF8.GetBytes)];
            longestPiece = utf8Pieces.Max(p => p.Length);
        }

        public long ApproximateBytes => utf8Pieces.Sum(p => (long)p.Length);

        public IHtmlContent WithToken(string token) => new Filled(this, token);

        private sealed class Filled(RenderedFragment fragment, string token) : IHtmlContent
        {
            public void WriteTo(TextWriter writer, HtmlEncoder encoder)
            {
                var pieces = fragment.utf8Pieces;
                // A piece has at least as many UTF-8 bytes as characters.
                var chars = ArrayPool<char>.Shared.Rent(fragment.longestPiece);
                for (var i = 0; i < pieces.Length; i++)
                {
                    if (i > 0)
                        writer.Write(token);
                    writer.Write(chars, 0, Encoding.UTF8.GetChars(pieces[i], chars));
                }
                ArrayPool<char>.Shared.Return(chars);
            }
        }
    }
}
