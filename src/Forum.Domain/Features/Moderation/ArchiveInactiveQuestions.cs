namespace Forum.Domain.Features.Moderation;

/// <summary>
/// Archives open and solved questions with no activity for <see cref="ModerationRules.ArchiveAfterDays"/> days: they
/// become read-only (no answers, votes or acceptance changes) and stay readable and searchable. Run by the archive job,
/// a batch at a time; returns how many were archived.
/// </summary>
public sealed record ArchiveInactiveQuestions(int BatchSize = 200) : IRequest<int>;

public sealed class ArchiveInactiveQuestionsHandler(IForumDb db, TimeProvider clock, ModerationRules rules) : IRequestHandler<ArchiveInactiveQuestions, int>
{
    public async Task<int> Handle(ArchiveInactiveQuestions request, CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().AddDays(-rules.ArchiveAfterDays);
        var stale = await db.Questions.Where(ContentVisibility.IsLiveQuestion)
            .Where(q => (q.Status == QuestionStatus.Open || q.Status == QuestionStatus.Solved) && q.LastActivityAt < before)
            .OrderBy(q => q.LastActivityAt).Take(Math.Clamp(request.BatchSize, 1, 1000))
            .ToListAsync(cancellationToken);
        foreach (var question in stale)
            question.Archive();
        await db.SaveChangesAsync(cancellationToken);
        return stale.Count;
    }
}
