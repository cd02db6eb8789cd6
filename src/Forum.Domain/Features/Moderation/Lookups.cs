namespace Forum.Domain.Features.Moderation;

/// <summary>
/// Loads the one thing a use case acts on, through <see cref="ContentVisibility"/>: what the current user may not see is
/// answered exactly as what does not exist (<see cref="NotFoundException"/>), so no action tells whether a hidden or
/// held post is there. Handlers load questions, answers, the current member, FAQ articles and pending revisions here
/// rather than writing their own "not found" look-ups.
/// </summary>
public static class Lookups
{
    public static Task<Question> FindVisibleQuestionAsync(this IForumDb db, int id, ICurrentUser user, CancellationToken ct) =>
        db.Questions.FindVisibleQuestionAsync(id, user, ct);

    /// <param name="questions">The questions with what the use case needs loaded along (its tags, the helper who took it).</param>
    /// <param name="includeDeleted">Deleted questions too, for moderators and staff (who restore them).</param>
    public static async Task<Question> FindVisibleQuestionAsync(this IQueryable<Question> questions, int id, ICurrentUser user, CancellationToken ct,
        bool includeDeleted = false) =>
        await questions.Where(q => q.Id == id).VisibleTo(user, includeDeleted).SingleOrDefaultAsync(ct)
        ?? throw new NotFoundException(PostName(PostType.Question));

    /// <summary>An answer with its question; an answer is visible only where its question is.</summary>
    public static async Task<Answer> FindVisibleAnswerAsync(this IForumDb db, int id, ICurrentUser user, CancellationToken ct, bool includeDeleted = false) =>
        await db.Answers.Include(a => a.Question).Where(a => a.Id == id).VisibleTo(user, includeDeleted).SingleOrDefaultAsync(ct)
        ?? throw new NotFoundException(PostName(PostType.Answer));

    /// <summary>A question or an answer, with the question of its thread.</summary>
    public static async Task<(Post Post, Question Question)> FindVisiblePostAsync(this IForumDb db, PostType type, int id, ICurrentUser user,
        CancellationToken ct, bool includeDeleted = false)
    {
        if (type == PostType.Question)
        {
            var question = await db.Questions.FindVisibleQuestionAsync(id, user, ct, includeDeleted);
            return (question, question);
        }
        var answer = await db.FindVisibleAnswerAsync(id, user, ct, includeDeleted);
        return (answer, answer.Question!);
    }

    /// <summary>
    /// The current member's own post that a moderator hid or removed (or flags hid), with its question, for its author to
    /// ask for a review (<see cref="Post.AwaitsReviewRequestFrom"/>); any other post is not found.
    /// </summary>
    public static async Task<(Post Post, Question Question)> FindOwnModeratedPostAsync(this IForumDb db, PostType type, int id, ICurrentUser user,
        CancellationToken ct)
    {
        Post? post = type == PostType.Question
            ? await db.Questions.SingleOrDefaultAsync(q => q.Id == id && q.AuthorId == user.UserId, ct)
            : await db.Answers.Include(a => a.Question).SingleOrDefaultAsync(a => a.Id == id && a.AuthorId == user.UserId, ct);
        if (post is null || !post.AwaitsReviewRequestFrom(user.UserId))
            throw new NotFoundException(PostName(type));
        return (post, post as Question ?? ((Answer)post).Question!);
    }

    /// <summary>
    /// An uploaded image is seen where the post that shows it is seen (<see cref="ContentVisibility"/>): an image of a
    /// hidden, held or removed post is not found for others. One no post shows yet (being written) is found by its
    /// address alone, which cannot be guessed. Only the id is read, not the bytes.
    /// </summary>
    public static async Task<Guid> FindVisibleImageAsync(this IForumDb db, Guid id, ICurrentUser user, CancellationToken ct)
    {
        var image = await db.UploadedImages.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new { i.QuestionId, i.AnswerId })
            .SingleOrDefaultAsync(ct) ?? throw new NotFoundException("The image");
        var visible = image switch
        {
            { AnswerId: { } answerId } => await db.Answers.Where(a => a.Id == answerId).VisibleTo(user).AnyAsync(ct),
            { QuestionId: { } questionId } => await db.Questions.Where(q => q.Id == questionId).VisibleTo(user).AnyAsync(ct),
            _ => true,
        };
        return visible ? id : throw new NotFoundException("The image");
    }

    public static string PostName(PostType type) => type == PostType.Question ? "The question" : "The answer";

    /// <summary>The signed-in member's forum profile (every account has one).</summary>
    public static async Task<Member> CurrentMemberAsync(this IForumDb db, ICurrentUser user, CancellationToken ct) =>
        await db.Members.SingleAsync(m => m.Id == user.UserId, ct);

    /// <summary>An FAQ article by its address, with its current revision; drafts exist only for staff.</summary>
    public static async Task<FaqArticle> FindArticleAsync(this IForumDb db, string slug, ICurrentUser user, CancellationToken ct)
    {
        var article = await db.FaqArticles.SingleOrDefaultAsync(a => a.Slug == slug, ct);
        if (article is null || (!article.IsPublished && !Roles.IsStaff(user)))
            throw new NotFoundException("The FAQ article");
        await db.LoadCurrentRevisionAsync(article, ct);
        return article;
    }

    /// <summary>A revision waiting for review, with its article and the article's current revision.</summary>
    public static async Task<FaqRevision> FindPendingRevisionAsync(this IForumDb db, long revisionId, CancellationToken ct)
    {
        var revision = await db.FaqRevisions.Include(r => r.Article).SingleOrDefaultAsync(r => r.Id == revisionId, ct)
            ?? throw new NotFoundException("The revision");
        await db.LoadCurrentRevisionAsync(revision.Article!, ct);
        if (revision.Status != FaqRevisionStatus.Proposed)
            throw new ConflictException($"This revision was already {revision.Status.ToString().ToLowerInvariant()}.", said: Phrase.Of($"Problem.RevisionAlready{revision.Status}"));
        return revision;
    }
}
