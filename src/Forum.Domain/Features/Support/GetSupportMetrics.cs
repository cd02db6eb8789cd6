namespace Forum.Domain.Features.Support;

/// <summary>
/// The support dashboard's numbers for the questions asked in the last 7, 30 or 90 days: time to first response (median
/// and 90th percentile, interpolated) by tier and by category, share answered within target, solved rate, satisfaction,
/// follow-up outcomes, top helpers, FAQ helpfulness (<see cref="FaqHelpfulnessReport"/>), the questions escalated to
/// staff (<see cref="EscalateWaitingQuestions"/>) and how many of them then met their target; and, as of now, the
/// unanswered backlog by age and the overdue count.
/// </summary>
[RequiresMember(Roles = Roles.StaffOrAdmin)]
public sealed record GetSupportMetrics(int Days = 7) : IRequest<SupportMetrics>;

public sealed class GetSupportMetricsValidator : AbstractValidator<GetSupportMetrics>
{
    public static readonly int[] Periods = [7, 30, 90];

    public GetSupportMetricsValidator(IForumTexts texts) => RuleFor(x => x.Days).Must(d => Periods.Contains(d)).Says(texts, "Validation.Support.Days", string.Join(", ", Periods));
}

public sealed class GetSupportMetricsHandler(IForumDb db, TimeProvider clock, SupportOptions options) : IRequestHandler<GetSupportMetrics, SupportMetrics>
{
    private static readonly (string Label, TimeSpan UpTo)[] BacklogBuckets =
        [("Under 1 hour", TimeSpan.FromHours(1)), ("1 to 24 hours", TimeSpan.FromDays(1)), ("1 to 7 days", TimeSpan.FromDays(7)), ("Over 7 days", TimeSpan.MaxValue)];

    public async Task<SupportMetrics> Handle(GetSupportMetrics request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var since = now - TimeSpan.FromDays(request.Days);
        var asked = await db.Questions.AsNoTracking().Where(ContentVisibility.IsLiveQuestion)
            .Where(q => q.CreatedAt >= since)
            .Select(q => new Asked(q.AskerTier, q.Category!.Name, q.CreatedAt, q.FirstResponseAt, q.Status, q.SatisfactionRating, q.FollowUpSentAt, q.FollowUpOutcome))
            .ToListAsync(cancellationToken);
        var unanswered = await db.Questions.AsNoTracking().Where(ContentVisibility.IsLiveQuestion)
            .Where(q => q.Status == QuestionStatus.Open && q.FirstResponseAt == null)
            .Select(q => new { q.CreatedAt, q.AskerTier })
            .ToListAsync(cancellationToken);
        var answers = await db.Answers.AsNoTracking().Where(ContentVisibility.IsLiveAnswer)
            .Where(a => a.CreatedAt >= since && a.AuthorId != a.Question!.AuthorId)
            .Select(a => new { a.AuthorId, a.Author!.DisplayName, Accepted = a.Question!.AcceptedAnswerId == a.Id })
            .ToListAsync(cancellationToken);

        var live = db.Questions.Where(ContentVisibility.IsLiveQuestion);
        var escalated = await db.Escalations.AsNoTracking()
            .Where(e => e.Stage == EscalationStage.Notified && e.At >= since && live.Any(q => q.Id == e.QuestionId))
            .Select(e => new Escalated(e.Question!.AskerTier, e.DueAt, e.Question.FirstResponseAt,
                db.Escalations.Any(x => x.QuestionId == e.QuestionId && x.Stage == EscalationStage.Emailed)))
            .ToListAsync(cancellationToken);

        var byTier = asked.GroupBy(a => a.Tier).OrderByDescending(g => g.Key)
            .Select(g => Summarise(TierName(g.Key), g.ToList(), now)).ToList();
        var byCategory = asked.GroupBy(a => a.Category).OrderBy(g => g.Key)
            .Select(g => Summarise(g.Key, g.ToList(), now)).ToList();
        var backlog = BacklogBuckets.Select((bucket, i) => new BacklogBucket(bucket.Label, unanswered.Count(u =>
        {
            var age = now - u.CreatedAt;
            return age < bucket.UpTo && (i == 0 || age >= BacklogBuckets[i - 1].UpTo);
        }))).ToList();
        var ratings = asked.Where(a => a.Rating is not null).Select(a => a.Rating!.Value).ToList();
        var followUps = asked.Where(a => a.FollowUpSentAt is not null).ToList();
        var topHelpers = answers.GroupBy(a => (a.AuthorId, a.DisplayName))
            .Select(g => new HelperLine(g.Key.AuthorId, g.Key.DisplayName, g.Count(), g.Count(a => a.Accepted)))
            .OrderByDescending(h => h.Accepted).ThenByDescending(h => h.Answers).ThenBy(h => h.DisplayName).Take(5).ToList();

        return new SupportMetrics(
            request.Days, since, now, Summarise("All questions", asked, now), byTier, byCategory,
            unanswered.Count(u => now - u.CreatedAt > options.Target(u.AskerTier)), backlog,
            asked.Count == 0 ? null : Math.Round(100.0 * asked.Count(a => a.Status == QuestionStatus.Solved) / asked.Count, 1),
            ratings.Count == 0 ? null : Math.Round(ratings.Average(), 2), ratings.Count,
            new FollowUpCounts(followUps.Count, followUps.Count(f => f.FollowUp == FollowUpOutcome.StillSolved),
                followUps.Count(f => f.FollowUp == FollowUpOutcome.NotSolved), followUps.Count(f => f.FollowUp == FollowUpOutcome.Pending)),
            topHelpers, options.PriorityTargetMinutes, options.StandardTargetMinutes, await FaqHelpfulnessReport.LoadAsync(db, since, cancellationToken),
            new EscalationReport(
                [.. escalated.GroupBy(e => e.Tier).OrderByDescending(g => g.Key).Select(g => CountEscalations(TierName(g.Key), g.ToList())).Prepend(CountEscalations("All escalations", escalated))],
                options.PriorityEscalationPercent, options.StandardEscalationPercent, options.EscalationEmailAfterMinutes));
    }

    private static string TierName(SupportTier tier) => tier == SupportTier.Priority ? "Priority" : "Standard";

    private static EscalationLine CountEscalations(string label, IReadOnlyList<Escalated> group) => new(
        label, group.Count, group.Count(e => e.Emailed),
        Met: group.Count(e => e.FirstResponseAt <= e.DueAt),
        AnsweredLate: group.Count(e => e.FirstResponseAt > e.DueAt),
        NotAnswered: group.Count(e => e.FirstResponseAt is null));

    private ResponseLine Summarise(string label, IReadOnlyList<Asked> group, DateTimeOffset now)
    {
        var minutes = group.Where(a => a.FirstResponseAt is not null).Select(a => (a.FirstResponseAt!.Value - a.CreatedAt).TotalMinutes).ToList();
        // Within target: of the questions whose target time has come (answered, or waiting past it), the share answered in time.
        var judged = group.Where(a => a.FirstResponseAt is not null || now - a.CreatedAt > options.Target(a.Tier)).ToList();
        var inTime = judged.Count(a => a.FirstResponseAt is { } first && first - a.CreatedAt <= options.Target(a.Tier));
        return new ResponseLine(label, group.Count, minutes.Count, Round(ResponseTimes.Median(minutes)), Round(ResponseTimes.Percentile(minutes, 0.9)),
            judged.Count == 0 ? null : Math.Round(100.0 * inTime / judged.Count, 1));
    }

    private static double? Round(double? minutes) => minutes is { } m ? Math.Round(m, 1) : null;

    private sealed record Asked(SupportTier Tier, string Category, DateTimeOffset CreatedAt, DateTimeOffset? FirstResponseAt, QuestionStatus Status,
        int? Rating, DateTimeOffset? FollowUpSentAt, FollowUpOutcome FollowUp);

    private sealed record Escalated(SupportTier Tier, DateTimeOffset DueAt, DateTimeOffset? FirstResponseAt, bool Emailed);
}

/// <summary>Minutes to first response for one group of questions.</summary>
public sealed record ResponseLine(string Label, int Asked, int Responded, double? MedianMinutes, double? P90Minutes, double? WithinTargetPercent);

public sealed record BacklogBucket(string Label, int Count);

public sealed record FollowUpCounts(int Sent, int StillSolved, int NotSolved, int AwaitingAnswer);

public sealed record HelperLine(string MemberId, string DisplayName, int Answers, int Accepted);

public sealed record SupportMetrics(
    int Days, DateTimeOffset Since, DateTimeOffset Until, ResponseLine Overall, IReadOnlyList<ResponseLine> ByTier, IReadOnlyList<ResponseLine> ByCategory,
    int OverdueNow, IReadOnlyList<BacklogBucket> UnansweredBacklog, double? SolvedPercent, double? SatisfactionAverage, int Ratings,
    FollowUpCounts FollowUps, IReadOnlyList<HelperLine> TopHelpers, int PriorityTargetMinutes, int StandardTargetMinutes, FaqHelpfulness Faq,
    EscalationReport Escalations);

/// <summary>
/// The questions escalated to staff in the period (all, then by tier): how many were then emailed, and how many got their
/// first response by the end of the target (met), after it, or not yet.
/// </summary>
public sealed record EscalationLine(string Label, int Escalated, int Emailed, int Met, int AnsweredLate, int NotAnswered);

/// <param name="Lines">All escalations first, then one line per tier that had any.</param>
public sealed record EscalationReport(IReadOnlyList<EscalationLine> Lines, int PriorityPercent, int StandardPercent, double EmailAfterMinutes);
