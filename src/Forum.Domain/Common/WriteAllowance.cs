namespace Forum.Domain.Common;

/// <summary>Per-member allowances for writes (DESIGN §4); bound from "Forum:RateLimits".</summary>
public sealed class RateLimitRules
{
    public int QuestionsPerDay { get; set; } = 5;
    public int AnswersPerMinute { get; set; } = 4;
    public int AnswersPerDay { get; set; } = 100;
    public int VotesPerMinute { get; set; } = 5;
    public int VotesPerDay { get; set; } = 50;
    public int FlagsPerDay { get; set; } = 20;
    /// <summary>How long a member waits between two changes of their display name (the first change is free).</summary>
    public TimeSpan TimeBetweenNameChanges { get; set; } = TimeSpan.FromDays(1);
}

/// <summary>
/// Counts what a member has already created, so a refused attempt costs nothing; staff and moderators are exempt.
/// The count is read under the member's lock, held until the command saves, so requests sent at the same moment are
/// counted one after the other and a limit of 5 means 5.
/// </summary>
public sealed class WriteAllowance(IForumDb db, TimeProvider clock, ICurrentUser currentUser, RateLimitRules rules, Features.Images.ImageOptions images)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    public async Task EnsureCanAskAsync(string memberId, CancellationToken ct)
    {
        if (IsExempt) return;
        await db.LockAsync(Locks.Member(memberId), ct);
        await EnsureAsync(db.Questions.Where(q => q.AuthorId == memberId).Select(q => q.CreatedAt), Day, rules.QuestionsPerDay, "questions a day", ct);
    }

    public async Task EnsureCanAnswerAsync(string memberId, CancellationToken ct)
    {
        if (IsExempt) return;
        await db.LockAsync(Locks.Member(memberId), ct);
        var answers = db.Answers.Where(a => a.AuthorId == memberId).Select(a => a.CreatedAt);
        await EnsureAsync(answers, Minute, rules.AnswersPerMinute, "answers a minute", ct);
        await EnsureAsync(answers, Day, rules.AnswersPerDay, "answers a day", ct);
    }

    public async Task EnsureCanVoteAsync(string memberId, CancellationToken ct)
    {
        if (IsExempt) return;
        await db.LockAsync(Locks.Member(memberId), ct);
        var votes = db.Votes.Where(v => v.VoterId == memberId).Select(v => v.CastAt);
        await EnsureAsync(votes, Minute, rules.VotesPerMinute, "votes a minute", ct);
        await EnsureAsync(votes, Day, rules.VotesPerDay, "votes a day", ct);
    }

    public async Task EnsureCanFlagAsync(string memberId, CancellationToken ct)
    {
        if (IsExempt) return;
        await db.LockAsync(Locks.Member(memberId), ct);
        await EnsureAsync(db.Flags.Where(f => f.ReporterId == memberId).Select(f => f.CreatedAt), Day, rules.FlagsPerDay, "flags a day", ct);
    }

    public async Task EnsureCanUploadImageAsync(string memberId, CancellationToken ct)
    {
        if (IsExempt) return;
        await db.LockAsync(Locks.Member(memberId), ct);
        var uploads = db.UploadedImages.Where(i => i.UploaderId == memberId).Select(i => i.CreatedAt);
        await EnsureAsync(uploads, Hour, images.UploadsPerHour, "images an hour", ct, "upload");
        await EnsureAsync(uploads, Day, images.UploadsPerDay, "images a day", ct, "upload");
    }

    /// <summary>A member changes their display name at most once per <see cref="RateLimitRules.TimeBetweenNameChanges"/>, so a name cannot be cycled to confuse others.</summary>
    public void EnsureCanRename(Member member)
    {
        if (IsExempt || member.DisplayNameChangedAt is not { } last)
            return;
        var retryAfter = last + rules.TimeBetweenNameChanges - clock.GetUtcNow();
        if (retryAfter > TimeSpan.Zero)
            throw new RateLimitedException("You changed your display name recently; you can change it again later.", retryAfter < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : retryAfter);
    }

    private bool IsExempt => Roles.IsModeratorOrStaff(currentUser);

    private async Task EnsureAsync(IQueryable<DateTimeOffset> createdTimes, TimeSpan window, int limit, string what, CancellationToken ct, string verb = "post")
    {
        var since = clock.GetUtcNow() - window;
        // The limit-th most recent within the window, if there is one: the member is at the limit until it leaves the
        // window. One value comes back, however many the member created (a forum may raise a limit to thousands).
        var atLimit = await createdTimes.Where(t => t > since).OrderByDescending(t => t).Skip(Math.Max(limit - 1, 0))
            .Select(t => (DateTimeOffset?)t).FirstOrDefaultAsync(ct);
        if (atLimit is not { } oldestCounted)
            return;
        var retryAfter = oldestCounted + window - clock.GetUtcNow();
        throw new RateLimitedException($"You can {verb} at most {limit} {what}. Try again later.", retryAfter < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : retryAfter);
    }
}
