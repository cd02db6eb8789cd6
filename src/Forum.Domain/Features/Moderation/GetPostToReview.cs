namespace Forum.Domain.Features.Moderation;

/// <summary>
/// What the author of a hidden or removed post sees before asking for its review (<see cref="AskForReview"/>): what
/// happened to it and why, its text, and whether a request already waits for a moderator.
/// </summary>
[RequiresMember]
public sealed record GetPostToReview(PostType PostType, int PostId) : IRequest<PostToReview>;

public sealed class GetPostToReviewHandler(IForumDb db, ICurrentUser user) : IRequestHandler<GetPostToReview, PostToReview>
{
    public async Task<PostToReview> Handle(GetPostToReview request, CancellationToken cancellationToken)
    {
        var (post, question) = await db.FindOwnModeratedPostAsync(request.PostType, request.PostId, user, cancellationToken);
        var asked = await db.Flags.AnyAsync(f => f.ReporterId == user.UserId && f.PostType == post.Type && f.PostId == post.Id
            && f.Status == FlagStatus.Pending, cancellationToken);
        var moderation = PostModeration.Of(post.DeletedAt, post.DeletedReason, post.HiddenAt, post.IsHeld, post.HiddenReason)!;
        var canOpenQuestion = user.CanSee(
            PostModeration.Of(question.DeletedAt, question.DeletedReason, question.HiddenAt, question.IsHeld, question.HiddenReason), question.AuthorId);
        return new PostToReview(post.Type, post.Id, question.Id, question.Title, canOpenQuestion ? question.Slug : null, post.BodyHtml, moderation, asked);
    }
}

/// <param name="QuestionSlug">Null when the author cannot open the question (it was removed).</param>
public sealed record PostToReview(PostType PostType, int PostId, int QuestionId, string QuestionTitle, string? QuestionSlug, string BodyHtml,
    PostModeration Moderation, bool ReviewAsked);
