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
    /// read in one command and kept until the next committed write (as their security stamp and unread count are):
    /// the page and its support panel both need them, and a reader coming back to a thread nothing was written to
    /// since reads nothing. Any vote, "me too", watch, reputation change or suspension is a committed write. Kept per
    /// set of answers too, so that it never misses a vote on an answer the thread it was read with did not have.
    /// </summary>
    public async Task<ThreadReader?> ReaderAsync(QuestionThread thread, CancellationToken ct)
    {
        if (user.UserId is not { } userId)
            return null;
        var questionId = thread.Question.Id;
        if (reader?.QuestionId != questionId)
            reader = await cache.GetOrReadAsync(("thread-reader", userId, questionId, thread.Answers.Count, thread.Answers.Count == 0 ? 0 : thread.Answers.Max(a => a.Id)),
                async () => await ReadReader((DbContext)db, userId, questionId, [.. thread.Answers.Select(a => a.Id)], ct) is { } row
                    ? new ThreadReader(questionId, row.Reputation, row.HasThisProblemToo, row.IsWatching,
                        row.Votes.ToDictionary(v => (v.PostType, v.PostId), v => v.Value), row.SuspendedUntil)
                    : null);
        return reader;
    }

    // Read on a signed-in view of a thread this reader has not read since the last write: compiled once, so that EF Core
    // does not translate it again each time (IForumDb is the forum's DbContext), and as a single command (a join)
    // rather than one for the votes.
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

    // Three commands for a thread, whatever its number of answers: the question with its answers (flat LEFT JOINs, a
    // row per answer: as a collection it would be a LEFT JOIN over a join, which SQLite cannot flatten, reading every
    // answer), then its short lists (ThreadListItem). Its similar questions were ranked when it was written
    // (RankSimilarQuestions); here they are only read, as they are now. The three are compiled once, as ReadReader is:
    // building and translating their expression trees again was a tenth of a first view's CPU.
    private async Task<QuestionThread?> ReadAsync(int questionId, CancellationToken ct)
    {
        var rows = await ReadThreadRows((DbContext)db, questionId).ToListAsync(ct);
        if (rows.Count == 0)
            return null;
        var row = rows[0];
        var answers = rows.Where(r => r.Answer is not null).Select(r => r.Answer!)
            .OrderByDescending(a => a.IsAccepted).ThenByDescending(a => a.IsVerified).ThenByDescending(a => a.Score).ThenBy(a => a.CreatedAt).ThenBy(a => a.Id)
            .ToList();
        var lists = await ReadListsAsync(questionId, ct);
        // Looked up apart, and only for duplicates: as a subquery SQLite would number every question to find it.
        var original = row.DuplicateOfQuestionId is { } originalId
            ? await db.Questions.AsNoTracking().Where(o => o.Id == originalId)
                .Select(o => new DuplicateOriginal(new PostLink(o.Id, o.Title, o.Slug), o.AuthorId,
                    PostModeration.Of(o.DeletedAt, o.DeletedReason, o.HiddenAt, o.IsHeld, o.HiddenReason)))
                .SingleOrDefaultAsync(ct)
            : null;
        var tags = lists.Where(i => i.Kind == ThreadListItem.Tag).Select(i => i.Text).Order(StringComparer.Ordinal).ToList();
        var faqArticles = lists.Where(i => i.Kind == ThreadListItem.Faq).OrderBy(i => i.Id)
            .Select(i => new FaqLink(i.Id, i.Slug!, i.Text, i.Number, i.Flag, i.OtherFlag)).ToList();
        var similar = lists.Where(i => i.Kind == ThreadListItem.Similar).OrderBy(i => i.Position)
            .Select(i => new SimilarQuestion(i.Id, i.Text, i.Slug!, i.Flag, i.Number ?? 0));
        return new QuestionThread(row.Detail with { Tags = tags }, original, answers, faqArticles, row.Support,
            FindSimilarQuestionsHandler.SolvedFirst(similar, FindSimilarQuestions.Shown));
    }

    private static readonly Func<DbContext, int, IAsyncEnumerable<ThreadRow>> ReadThreadRows = EF.CompileAsyncQuery(
        (DbContext db, int questionId) =>
            from q in db.Set<Question>().AsNoTracking()
            where q.Id == questionId
            from a in db.Set<Answer>().Where(a => a.QuestionId == q.Id).DefaultIfEmpty()
            select new ThreadRow(
                new QuestionDetail(
                    q.Id, q.Title, q.Slug, q.BodyMarkdown, q.BodyHtml, q.Status, q.Score, q.AnswerCount, q.MeTooCount,
                    q.AcceptedAnswerId, q.CreatedAt, q.EditedAt, q.LastActivityAt, q.FirstResponseAt, q.AskerTier, q.Version,
                    new AuthorCard(q.AuthorId, q.Author!.DisplayName, q.Author.Reputation, q.Author.Role),
                    q.Category!.Name, q.Category.Slug, null!,
                    PostModeration.Of(q.DeletedAt, q.DeletedReason, q.HiddenAt, q.IsHeld, q.HiddenReason), null),
                new SupportRecord(
                    q.NeedsInfoSince, q.SupportNote, q.TakenById, q.TakenBy != null ? q.TakenBy.DisplayName : null, q.TakenUntil,
                    q.FollowUpSentAt, q.FollowUpOutcome, q.SatisfactionRating, q.SatisfactionComment),
                q.DuplicateOfQuestionId,
                a == null ? null : new AnswerDetail(a.Id, a.BodyMarkdown, a.BodyHtml, a.Score, a.Id == q.AcceptedAnswerId, a.CreatedAt, a.EditedAt, a.Version,
                    new AuthorCard(a.AuthorId, a.Author!.DisplayName, a.Author.Reputation, a.Author.Role),
                    PostModeration.Of(a.DeletedAt, a.DeletedReason, a.HiddenAt, a.IsHeld, a.HiddenReason), a.VerifiedAt)));

    private sealed record ThreadRow(QuestionDetail Detail, SupportRecord Support, int? DuplicateOfQuestionId, AnswerDetail? Answer);

    /// <summary>
    /// The question's tags, then the FAQ articles promoted from it and its similar questions in one command (UNION ALL;
    /// the tags' names have another column type than the titles, which a union cannot mix).
    /// </summary>
    private async Task<List<ThreadListItem>> ReadListsAsync(int questionId, CancellationToken ct)
    {
        var tags = await ReadTags((DbContext)db, questionId).ToListAsync(ct);
        var items = await ReadArticlesAndSimilar((DbContext)db, questionId).ToListAsync(ct);
        return [.. tags.Select(name => new ThreadListItem { Kind = ThreadListItem.Tag, Text = name }), .. items];
    }

    private static readonly Func<DbContext, int, IAsyncEnumerable<string>> ReadTags = EF.CompileAsyncQuery(
        (DbContext db, int questionId) =>
            from q in db.Set<Question>().AsNoTracking()
            where q.Id == questionId
            from t in q.Tags
            select t.Name);

    // Never a list ranked for an older title: none while the question's list waits to be ranked again, and no
    // question edited since the list was ranked (until the job has ranked the lists it was on again).
    private static readonly Func<DbContext, int, IAsyncEnumerable<ThreadListItem>> ReadArticlesAndSimilar = EF.CompileAsyncQuery(
        (DbContext db, int questionId) => (
                from f in db.Set<FaqArticle>()
                where f.SourceQuestionId == questionId
                select new ThreadListItem { Kind = ThreadListItem.Faq, Id = f.Id, Text = f.Title, Slug = f.Slug, Number = f.SourceAnswerId, Flag = f.PublishedAt != null, OtherFlag = f.ArchivedAt != null, Position = 0 })
            .Concat(
                from q in db.Set<Question>()
                where q.Id == questionId && q.SimilarQuestionsDue == null
                from l in db.Set<SimilarQuestionLink>()
                where l.QuestionId == q.Id
                join s in db.Set<Question>().Where(ContentVisibility.IsPublicQuestion) on l.SimilarQuestionId equals s.Id
                where s.EditedAt == null || s.EditedAt < q.SimilarQuestionsRankedAt
                select new ThreadListItem { Kind = ThreadListItem.Similar, Id = s.Id, Text = s.Title, Slug = s.Slug, Number = s.AnswerCount, Flag = s.Status == QuestionStatus.Solved, OtherFlag = false, Position = l.Position })
            .AsNoTracking());

    /// <summary>
    /// One row of a thread's short lists: a tag, an FAQ article or a similar question (by <see cref="Kind"/>). Made with
    /// an object initializer: a set operation cannot be translated over a constructor's projection.
    /// </summary>
    private sealed class ThreadListItem
    {
        public const int Tag = 0, Faq = 1, Similar = 2;
        public int Kind { get; init; }
        public int Id { get; init; }
        public string Text { get; init; } = "";
        public string? Slug { get; init; }
        /// <summary>An FAQ article's source answer; a similar question's answer count.</summary>
        public int? Number { get; init; }
        /// <summary>An FAQ article is published; a similar question is solved.</summary>
        public bool Flag { get; init; }
        /// <summary>An FAQ article is archived.</summary>
        public bool OtherFlag { get; init; }
        public int Position { get; init; }
    }
}

/// <param name="DuplicateOf">The question this one was closed as a duplicate of, whoever may see it.</param>
/// <param name="FaqArticles">Drafts and archived articles included.</param>
/// <param name="Similar">The public questions similar to it, solved first (<see cref="FindSimilarQuestions"/>).</param>
public sealed record QuestionThread(
    QuestionDetail Question, DuplicateOriginal? DuplicateOf, IReadOnlyList<AnswerDetail> Answers, IReadOnlyList<FaqLink> FaqArticles,
    SupportRecord Support, IReadOnlyList<SimilarQuestion> Similar) : IWeighed
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
