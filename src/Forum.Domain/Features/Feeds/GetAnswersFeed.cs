namespace Forum.Domain.Features.Feeds;

/// <summary>The feed of a question's answers, newest first; a question that is not public has no feed.</summary>
public sealed record GetAnswersFeed(int QuestionId) : IRequest<Feed>;

public sealed class GetAnswersFeedHandler(IForumDb db) : IRequestHandler<GetAnswersFeed, Feed>
{
    public async Task<Feed> Handle(GetAnswersFeed request, CancellationToken cancellationToken)
    {
        var question = await db.Questions.AsNoTracking().Where(ContentVisibility.IsPublicQuestion).Where(q => q.Id == request.QuestionId)
            .Select(q => new { q.Title, q.Slug }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("The question");
        var entries = await db.Answers.AsNoTracking().Where(ContentVisibility.IsPublicAnswer).Where(a => a.QuestionId == request.QuestionId)
            .OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).Take(FeedLimits.Entries)
            .Select(a => new FeedEntry($"Answer by {a.Author!.DisplayName}", a.Author.DisplayName, a.CreatedAt, a.EditedAt ?? a.CreatedAt, a.BodyHtml,
                request.QuestionId, question.Slug, a.Id, null, null))
            .ToListAsync(cancellationToken);
        return new Feed($"Answers to \u201c{question.Title}\u201d", null, entries);
    }
}
