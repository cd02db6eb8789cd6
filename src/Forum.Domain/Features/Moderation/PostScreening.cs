using System.Text.RegularExpressions;

namespace Forum.Domain.Features.Moderation;

/// <summary>
/// Decides whether a new post waits in the moderation queue before anyone else sees it: a new member's first post
/// with a link or a phone number, the same text posted again within minutes, or a burst of links from a new account.
/// Moderators, staff and admins are never held.
/// </summary>
public sealed partial class PostScreening(IForumDb db, ICurrentUser user, TimeProvider clock, ModerationRules rules)
{
    /// <param name="title">The question's title; null for an answer.</param>
    /// <returns>Why the post is held, or null when it can be shown at once.</returns>
    public async Task<string?> HoldReasonAsync(Member author, string body, string? title, CancellationToken ct)
    {
        if (Roles.IsModeratorOrStaff(user))
            return null;
        var now = clock.GetUtcNow();
        var since = now.AddMinutes(-rules.DuplicateTextMinutes);
        // The same text: a question with the same title and body, or an answer with the same body.
        var repeated = title is not null
            ? await db.Questions.AnyAsync(q => q.AuthorId == author.Id && q.CreatedAt > since && q.Title == title && q.BodyMarkdown == body, ct)
            : await db.Answers.AnyAsync(a => a.AuthorId == author.Id && a.CreatedAt > since && a.BodyMarkdown == body, ct);
        if (repeated)
            return ModerationReasons.RepeatedText;
        if (author.Reputation >= rules.TrustedReputation || !HasLinkOrPhone($"{title}\n{body}"))
            return null;

        var hasPosted = await db.Questions.AnyAsync(q => q.AuthorId == author.Id, ct) || await db.Answers.AnyAsync(a => a.AuthorId == author.Id, ct);
        if (!hasPosted)
            return ModerationReasons.FirstPostWithLink;
        var burstSince = now.AddMinutes(-rules.LinkBurstMinutes);
        var recent = await db.Questions.Where(q => q.AuthorId == author.Id && q.CreatedAt > burstSince).Select(q => q.BodyMarkdown)
            .Concat(db.Answers.Where(a => a.AuthorId == author.Id && a.CreatedAt > burstSince).Select(a => a.BodyMarkdown))
            .ToListAsync(ct);
        return recent.Count(HasLinkOrPhone) + 1 >= rules.LinkBurstPosts ? ModerationReasons.LinkBurst : null;
    }

    /// <summary>Writes a held post into the audit log: the forum held it, with the reason (the post's id is filled in as it is saved).</summary>
    public void RecordHold(Post post)
    {
        if (post.IsHeld)
            db.ModerationActions.Add(ModerationAction.ForNewPost(post, ModerationActionType.Hold, post.HiddenReason, clock.GetUtcNow()));
    }

    /// <remarks>The forum's own image addresses are left out: their random ids often hold a run of digits like a phone number.</remarks>
    public static bool HasLinkOrPhone(string text)
    {
        text = Images.PostImages.WithoutImageUrls(text);
        return LinkPattern().IsMatch(text) || PhonePattern().Matches(text).Any(m => m.Value.Count(char.IsAsciiDigit) >= 9);
    }

    [GeneratedRegex(@"(https?://|www\.|\b[a-z0-9-]+\.(com|net|org|io|biz|info|ru|xyz|shop|top)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
    private static partial Regex LinkPattern();

    [GeneratedRegex(@"\+?\d[\d ()-]{7,}\d", RegexOptions.CultureInvariant, 200)]
    private static partial Regex PhonePattern();
}
