namespace Forum.Domain.Features.Recognition;

/// <summary>A member's badges (earned with dates, the others with progress) and their weekly answer goal.</summary>
public sealed record GetMemberBadges(string MemberId) : IRequest<MemberRecognition>;

public sealed class GetMemberBadgesHandler(IForumDb db, TimeProvider clock, Badges badges, RecognitionOptions options)
    : IRequestHandler<GetMemberBadges, MemberRecognition>
{
    public async Task<MemberRecognition> Handle(GetMemberBadges request, CancellationToken cancellationToken)
    {
        var memberId = request.MemberId;
        if (!await db.Members.AnyAsync(m => m.Id == memberId, cancellationToken))
            throw new NotFoundException("The member");
        var earned = await db.MemberBadges.AsNoTracking().Where(b => b.MemberId == memberId)
            .Select(b => new { b.Badge, b.AwardedAt }).ToDictionaryAsync(b => b.Badge, b => b.AwardedAt, cancellationToken);

        var list = new List<BadgeStatus>();
        foreach (var d in Badges.All)
        {
            var awardedAt = earned.TryGetValue(d.Badge, out var at) ? at : (DateTimeOffset?)null;
            var progress = awardedAt is not null ? d.Threshold : await ProgressAsync(d, memberId, cancellationToken);
            list.Add(new BadgeStatus(d.Badge, d.Name, d.Description, awardedAt, Math.Min(progress, d.Threshold), d.Threshold));
        }

        var weekStart = ForumWeek.StartOf(clock.GetUtcNow());
        var weekEnd = weekStart.AddDays(7);
        var answersThisWeek = await db.Answers.Where(ContentVisibility.IsPublicAnswer)
            .Where(a => a.AuthorId == memberId && a.Question!.AuthorId != memberId && a.CreatedAt >= weekStart && a.CreatedAt < weekEnd)
            .CountAsync(cancellationToken);
        return new MemberRecognition(memberId, list.OrderBy(b => b.AwardedAt is null).ToList(),
            new WeeklyGoal(answersThisWeek, options.WeeklyAnswerGoal, weekStart, weekEnd));
    }

    private async Task<int> ProgressAsync(BadgeDefinition d, string memberId, CancellationToken ct)
    {
        if (d.Badge == Badge.Speedy)
            return (await badges.FastFirstResponsesAsync([memberId], ct)).GetValueOrDefault(memberId);
        return await badges.CountedItems(d.Badge).Where(id => id == memberId).Take(d.Threshold).CountAsync(ct);
    }
}

/// <summary>A member's badges, earned ones first, and their weekly goal.</summary>
public sealed record MemberRecognition(string MemberId, IReadOnlyList<BadgeStatus> Badges, WeeklyGoal WeeklyGoal);

public sealed record BadgeStatus(Badge Badge, string Name, string Description, DateTimeOffset? AwardedAt, int Progress, int Threshold)
{
    public bool Earned => AwardedAt is not null;
}

/// <summary>"3 of 5 answers this week": answers to other people's questions from Monday 00:00 UTC.</summary>
public sealed record WeeklyGoal(int Answers, int Target, DateTimeOffset WeekStart, DateTimeOffset WeekEnd)
{
    public bool Reached => Answers >= Target;
    public int Percent => Target <= 0 ? 100 : Math.Min(100, Answers * 100 / Target);
}
