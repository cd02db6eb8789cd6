namespace Forum.Domain.Features.Moderation;

/// <summary>The flags the signed-in member raised, newest first, with their outcomes and the count of helpful (upheld) ones.</summary>
[RequiresMember]
public sealed record GetMyFlags(int Take = 50) : IRequest<MyFlags>;

public sealed class GetMyFlagsHandler(IForumDb db, ICurrentUser user) : IRequestHandler<GetMyFlags, MyFlags>
{
    public async Task<MyFlags> Handle(GetMyFlags request, CancellationToken cancellationToken)
    {
        var mine = db.Flags.AsNoTracking().Where(f => f.ReporterId == user.UserId);
        var counts = await mine.GroupBy(f => f.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        // A post hidden or removed since keeps its title to itself, unless the reporter may still see it (a moderator).
        var questions = db.Questions.VisibleTo(user);
        var answers = db.Answers.VisibleTo(user);
        var items = await mine.OrderByDescending(f => f.Id).Take(Math.Clamp(request.Take, 1, 200))
            .Select(f => new MyFlag(f.Id, ModerationCodes.PostTypeCode(f.PostType), f.PostId, f.QuestionId,
                questions.Where(q => q.Id == f.QuestionId).Select(q => q.Title).FirstOrDefault(),
                f.PostType == PostType.Question ? !questions.Any(q => q.Id == f.PostId) : !answers.Any(a => a.Id == f.PostId),
                ModerationCodes.Code(f.Reason), f.Note, f.Status.ToString().ToLowerInvariant(), f.Resolution, f.CreatedAt, f.HandledAt))
            .ToListAsync(cancellationToken);
        int Count(FlagStatus status) => counts.Where(c => c.Status == status).Sum(c => c.Count);
        return new MyFlags(Count(FlagStatus.Upheld), Count(FlagStatus.Dismissed), Count(FlagStatus.Pending), items);
    }
}

/// <param name="QuestionTitle">Null when the reporter can no longer see the question (hidden or removed since).</param>
/// <param name="PostRemoved">The flagged post was hidden or removed since (the reporter no longer sees it).</param>
public sealed record MyFlag(
    long Id, string PostType, int PostId, int QuestionId, string? QuestionTitle, bool PostRemoved, string Reason, string? Note, string Status, string? Outcome,
    DateTimeOffset CreatedAt, DateTimeOffset? HandledAt);

/// <param name="Helpful">Flags a moderator upheld.</param>
public sealed record MyFlags(int Helpful, int Declined, int Pending, IReadOnlyList<MyFlag> Items);
