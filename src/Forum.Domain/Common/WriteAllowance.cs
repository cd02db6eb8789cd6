namespace Forum.Domain.Common;

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

    public Task EnsureCanAskAsync(string memberId, CancellationToken ct) =>
        EnsureWithinAsync(memberId, db.Questions.Where(q => q.AuthorId == memberId).Select(q => q.CreatedAt), ct,
            new Limit(Day, rules.QuestionsPerDay, "questions a day", "QuestionsPerDay"));

    public Task EnsureCanAnswerAsync(string memberId, CancellationToken ct) =>
        EnsureWithinAsync(memberId, db.Answers.Where(a => a.AuthorId == memberId).Select(a => a.CreatedAt), ct,
            new Limit(Minute, rules.AnswersPerMinute, "answers a minute", "AnswersPerMinute"), new Limit(Day, rules.AnswersPerDay, "answers a day", "AnswersPerDay"));

    public Task EnsureCanVoteAsync(string memberId, CancellationToken ct) =>
        EnsureWithinAsync(memberId, db.Votes.Where(v => v.VoterId == memberId).Select(v => v.CastAt), ct,
            new Limit(Minute, rules.VotesPerMinute, "votes a minute", "VotesPerMinute"), new Limit(Day, rules.VotesPerDay, "votes a day", "VotesPerDay"));

    public Task EnsureCanFlagAsync(string memberId, CancellationToken ct) =>
        EnsureWithinAsync(memberId, db.Flags.Where(f => f.ReporterId == memberId).Select(f => f.CreatedAt), ct,
            new Limit(Day, rules.FlagsPerDay, "flags a day", "FlagsPerDay"));

    public Task EnsureCanUploadImageAsync(string memberId, CancellationToken ct) =>
        EnsureWithinAsync(memberId, db.UploadedImages.Where(i => i.UploaderId == memberId).Select(i => i.CreatedAt), ct,
            new Limit(Hour, images.UploadsPerHour, "images an hour", "ImagesPerHour", "upload"), new Limit(Day, images.UploadsPerDay, "images a day", "ImagesPerDay", "upload"));

    /// <summary>A member changes their display name at most once per <see cref="RateLimitRules.TimeBetweenNameChanges"/>, so a name cannot be cycled to confuse others.</summary>
    public void EnsureCanRename(Member member)
    {
        if (IsExempt || member.DisplayNameChangedAt is not { } last)
            return;
        var retryAfter = last + rules.TimeBetweenNameChanges - clock.GetUtcNow();
        if (retryAfter > TimeSpan.Zero)
            throw new RateLimitedException("You changed your display name recently; you can change it again later.", AtLeastASecond(retryAfter), Phrase.Of("Problem.DisplayNameRecently"));
    }

    private bool IsExempt => Roles.IsModeratorOrStaff(currentUser);

    /// <summary>
    /// At most so many creations within a window, said as "you can post at most 5 questions a day" (in the reader's
    /// language by the resource Problem.Limit.<paramref name="Name"/>).
    /// </summary>
    private sealed record Limit(TimeSpan Window, int Most, string What, string Name, string Verb = "post");

    /// <summary>Unless the member is exempt, takes their lock and checks each limit against the times of what they created.</summary>
    private async Task EnsureWithinAsync(string memberId, IQueryable<DateTimeOffset> createdTimes, CancellationToken ct, params Limit[] limits)
    {
        if (IsExempt) return;
        await db.LockAsync(Locks.Member(memberId), ct);
        foreach (var limit in limits)
        {
            var since = clock.GetUtcNow() - limit.Window;
            // The limit-th most recent within the window, if there is one: the member is at the limit until it leaves
            // the window. One value comes back, however many the member created (a forum may raise a limit to thousands).
            var atLimit = await createdTimes.Where(t => t > since).OrderByDescending(t => t).Skip(Math.Max(limit.Most - 1, 0))
                .Select(t => (DateTimeOffset?)t).FirstOrDefaultAsync(ct);
            if (atLimit is { } oldestCounted)
                throw new RateLimitedException($"You can {limit.Verb} at most {limit.Most} {limit.What}. Try again later.", AtLeastASecond(oldestCounted + limit.Window - clock.GetUtcNow()),
                    Phrase.Of($"Problem.Limit.{limit.Name}", limit.Most));
        }
    }

    private static TimeSpan AtLeastASecond(TimeSpan retryAfter) => retryAfter < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : retryAfter;
}
