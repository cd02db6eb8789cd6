namespace Forum.Domain.Features.Questions;

/// <summary>The edit history of a question or answer: who edited, when, and what it said after each edit.</summary>
public sealed record GetPostHistory(PostType PostType, int PostId) : IRequest<PostHistory>;

public sealed class GetPostHistoryHandler(IForumDb db, ICurrentUser user) : IRequestHandler<GetPostHistory, PostHistory>
{
    public async Task<PostHistory> Handle(GetPostHistory request, CancellationToken cancellationToken)
    {
        var post = request.PostType == PostType.Question
            ? await db.Questions.AsNoTracking().Where(q => q.Id == request.PostId).VisibleTo(user)
                .Select(q => new { QuestionId = q.Id, q.Title, q.Slug, q.CreatedAt, AuthorName = q.Author!.DisplayName }).SingleOrDefaultAsync(cancellationToken)
            : await db.Answers.AsNoTracking().Where(a => a.Id == request.PostId).VisibleTo(user)
                .Select(a => new { a.QuestionId, a.Question!.Title, a.Question.Slug, a.CreatedAt, AuthorName = a.Author!.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        if (post is null)
            throw new NotFoundException($"The {request.PostType.ToString().ToLowerInvariant()}");

        var revisions = await db.PostRevisions.AsNoTracking()
            .Where(r => r.PostType == request.PostType && r.PostId == request.PostId)
            .OrderByDescending(r => r.Id)
            .Select(r => new RevisionLine(r.Id, r.EditorId, r.Editor!.DisplayName, r.CreatedAt, r.Title, r.BodyMarkdown))
            .ToListAsync(cancellationToken);
        return new PostHistory(request.PostType, request.PostId, post.QuestionId, post.Title, post.Slug, post.AuthorName, post.CreatedAt, revisions);
    }
}

public sealed record RevisionLine(long Id, string EditorId, string EditorName, DateTimeOffset EditedAt, string? Title, string BodyMarkdown);

public sealed record PostHistory(
    PostType PostType, int PostId, int QuestionId, string QuestionTitle, string QuestionSlug, string AuthorName, DateTimeOffset CreatedAt,
    IReadOnlyList<RevisionLine> Revisions);
