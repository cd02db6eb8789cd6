using System.Text.RegularExpressions;

namespace Forum.Domain.Features.Images;

/// <summary>
/// Ties the images a post shows to the post when it is written or edited, so they are seen only where the post is:
/// the author's own images that no post has yet. Someone else's image in a post stays with the post it came from.
/// </summary>
public sealed partial class PostImages(IForumDb db)
{
    public const string UrlPrefix = "/images/";

    public static string Url(Guid id) => UrlPrefix + id.ToString("N");

    /// <summary>The ids of this forum's images that <paramref name="markdown"/> points to.</summary>
    public static IReadOnlyList<Guid> IdsIn(string markdown) =>
        ImageUrl().Matches(markdown).Select(m => Guid.ParseExact(m.Groups[1].Value, "N")).Distinct().ToList();

    /// <summary><paramref name="text"/> with the addresses of this forum's images blanked out.</summary>
    public static string WithoutImageUrls(string text) => ImageUrl().Replace(text, " ");

    /// <summary>Whether <paramref name="url"/> is exactly the address of one of this forum's images.</summary>
    public static bool IsImageUrl(string url) => ExactImageUrl().IsMatch(url);

    public async Task AttachAsync(Post post, string markdown, CancellationToken ct)
    {
        var ids = IdsIn(markdown);
        if (ids.Count == 0)
            return;
        var images = await db.UploadedImages
            .Where(i => ids.Contains(i.Id) && i.UploaderId == post.AuthorId && i.QuestionId == null && i.AnswerId == null)
            .ToListAsync(ct);
        foreach (var image in images)
            image.AttachTo(post);
    }

    [GeneratedRegex(@"/images/([0-9a-f]{32})(?![0-9a-f])")]
    private static partial Regex ImageUrl();

    [GeneratedRegex(@"^/images/[0-9a-f]{32}$")]
    private static partial Regex ExactImageUrl();
}
