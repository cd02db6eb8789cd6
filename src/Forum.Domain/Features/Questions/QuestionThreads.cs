namespace Forum.Domain.Features.Questions;

/// <summary>
/// A question's thread as stored, the same for every reader: the question, every answer and every FAQ article
/// promoted from it, whatever their moderation state. Read once and kept until the next committed write, so a
/// page view reads only what belongs to its viewer; what each viewer may see of it is decided by
/// <see cref="ContentVisibility.CanSee"/>.
/// </summary>
public sealed class QuestionThreads(IForumDb db, IReadCache cache, ICurrentUser user)
{
    private ThreadReader? reader;

    public Task<QuestionThread?> FindAsync(int questionId, CancellationToken ct) =>
        cache.GetOrReadAsync(("question-thread", questionId), () => ReadAsync(questionId, ct));

    /// <summary>
    /// The signed-in reader's standing and ties to the thread, with their votes on its posts (null for visitors),
    /// read once per request in one command: the page and its support panel both need them.
    /// </summary>
    public async Task<ThreadReader?> ReaderAsync(QuestionThread thread, CancellationToken ct)
    {
        if (user.UserId is not { } userId)
            return null;
        var questionId = thread.Question.Id;
        if (reader?.QuestionId != questionId)
            reader = await ReadReader((DbContext)db, userId, questionId, [.. thread.Answers.Select(a => a.Id)], ct) is { } row
                ? new ThreadReader(questionId, row.Reputation, row.HasThisProblemToo, row.IsWatching,
                    row.Votes.ToDictionary(v => (v.PostType, v.PostId), v => v.Value), row.SuspendedUntil)
                : null;
        return reader;
    }

    // Read on every signed-in view of a thread: compiled once, so that EF Core does not translate it again on each
    // view (IForumDb is the forum's DbContext), and as a single command (a join) rather than one for the votes.
    private static readonly Func<DbContext, string, int, int[], CancellationToken, Task<ReaderRow?>> ReadReader = EF.CompileAsyncQuery(
        (DbContext db, string userId, int questionId, int[] answerIds, CancellationToken ct) => db.Set<Member>().AsNoTracking()
            .Where(m => m.Id == userId)
            .Select(m => new ReaderRow(m.Reputation, m.SuspendedUntil,
                db.Set<MeToo>().Any(t => t.QuestionId == questionId && t.MemberId == userId),
                db.Set<Watch>().Any(w => w.QuestionId == questionId && w.MemberId == userId),
                db.Set<Vote>().Where(v => v.VoterId == m.Id && (
                        (v.PostType == PostType.Question && v.PostId == questionId) ||
                        (v.PostType == PostType.Answer && answerIds.Contains(v.PostId))))
                    .Select(v => new ThreadVote(v.PostType, v.PostId, v.Value)).ToList()))
            .AsSingleQuery()
            .SingleOrDefault());

    private sealed record ReaderRow(int Reputation, DateTimeOffset? SuspendedUntil, bool HasThisProblemToo, bool IsWatching, List<ThreadVote> Votes);

    private sealed record ThreadVote(PostType PostType, int PostId, int Value);

    private async Task<QuestionThread?> ReadAsync(int questionId, CancellationToken ct)
    {
        var row = await db.Questions.AsNoTracking().Where(q => q.Id == questionId)
            .Select(q => new
            {
                Detail = new QuestionDetail(
                    q.Id, q.Title, q.Slug, q.BodyMarkdown, q.BodyHtml, q.Status, q.Score, q.AnswerCount, q.MeTooCount,
                    q.AcceptedAnswerId, q.CreatedAt, q.EditedAt, q.LastActivityAt, q.FirstResponseAt, q.AskerTier, q.Version,
                    new AuthorCard(q.AuthorId, q.Author!.DisplayName, q.Author.Reputation, q.Author.Role),
                    q.Category!.Name, q.Category.Slug, q.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList(),
                    PostModeration.Of(q.DeletedAt, q.DeletedReason, q.HiddenAt, q.IsHeld, q.HiddenReason), null),
                Support = new SupportRecord(
                    q.NeedsInfoSince, q.SupportNote, q.TakenById, q.TakenBy != null ? q.TakenBy.DisplayName : null, q.TakenUntil,
                    q.FollowUpSentAt, q.FollowUpOutcome, q.SatisfactionRating, q.SatisfactionComment),
                q.DuplicateOfQuestionId,
            })
            .SingleOrDefaultAsync(ct);
        if (row is null)
            return null;
        // Looked up apart, and only for duplicates: as a subquery SQLite would number every question to find it.
        var original = row.DuplicateOfQuestionId is { } originalId
            ? await db.Questions.AsNoTracking().Where(o => o.Id == originalId)
                .Select(o => new DuplicateOriginal(new PostLink(o.Id, o.Title, o.Slug), o.AuthorId,
                    PostModeration.Of(o.DeletedAt, o.DeletedReason, o.HiddenAt, o.IsHeld, o.HiddenReason)))
                .SingleOrDefaultAsync(ct)
            : null;

        var acceptedId = row.Detail.AcceptedAnswerId;
        var answers = await db.Answers.AsNoTracking().Where(a => a.QuestionId == questionId)
            .OrderByDescending(a => a.Id == acceptedId).ThenByDescending(a => a.VerifiedAt != null).ThenByDescending(a => a.Score).ThenBy(a => a.CreatedAt).ThenBy(a => a.Id)
            .Select(a => new AnswerDetail(a.Id, a.BodyMarkdown, a.BodyHtml, a.Score, a.Id == acceptedId, a.CreatedAt, a.EditedAt, a.Version,
                new AuthorCard(a.AuthorId, a.Author!.DisplayName, a.Author.Reputation, a.Author.Role),
                PostModeration.Of(a.DeletedAt, a.DeletedReason, a.HiddenAt, a.IsHeld, a.HiddenReason), a.VerifiedAt))
            .ToListAsync(ct);

        var faqArticles = await db.FaqArticles.AsNoTracking().Where(f => f.SourceQuestionId == questionId)
            .OrderBy(f => f.Id)
            .Select(f => new FaqLink(f.Id, f.Slug, f.Title, f.SourceAnswerId, f.PublishedAt != null, f.ArchivedAt != null))
            .ToListAsync(ct);
        return new QuestionThread(row.Detail, original, answers, faqArticles, row.Support);
    }
}

/// <param name="DuplicateOf">The question this one was closed as a duplicate of, whoever may see it.</param>
/// <param name="FaqArticles">Drafts and archived articles included.</param>
public sealed record QuestionThread(
    QuestionDetail Question, DuplicateOriginal? DuplicateOf, IReadOnlyList<AnswerDetail> Answers, IReadOnlyList<FaqLink> FaqArticles,
    SupportRecord Support) : IWeighed
{
    /// <summary>Its texts, two bytes a character, and a kilobyte for the rest.</summary>
    public long ApproximateBytes =>
        2L * (Question.BodyMarkdown.Length + Question.BodyHtml.Length + Answers.Sum(a => (long)a.BodyMarkdown.Length + a.BodyHtml.Length)) + 1024;
}

/// <param name="HasThisProblemToo">Said "I have this problem too".</param>
/// <param name="Votes">How they voted on the question and its answers.</param>
public sealed record ThreadReader(
    int QuestionId, int Reputation, bool HasThisProblemToo, bool IsWatching, IReadOnlyDictionary<(PostType, int), int> Votes, DateTimeOffset? SuspendedUntil);

public sealed record DuplicateOriginal(PostLink Link, string AuthorId, PostModeration? Moderation);

/// <summary>The customer-service state of the question, as stored (what the support panel works from).</summary>
public sealed record SupportRecord(
    DateTimeOffset? NeedsInfoSince, string? SupportNote, string? TakenById, string? TakenByName, DateTimeOffset? TakenUntil,
    DateTimeOffset? FollowUpSentAt, FollowUpOutcome FollowUpOutcome, int? SatisfactionRating, string? SatisfactionComment);
