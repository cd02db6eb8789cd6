namespace Forum.Domain.Features.Questions;

/// <summary>
/// Everything the question page shows, in a fixed number of queries whatever the number of answers: the thread,
/// shared by every reader until the next write (<see cref="QuestionThreads"/>), then the viewer's own part.
/// </summary>
public sealed record GetQuestionPage(int QuestionId) : IRequest<QuestionPage>;

public sealed class GetQuestionPageHandler(IForumDb db, ICurrentUser user, ReputationRules rules, QuestionThreads threads, IReadCache cache, TimeProvider clock) : IRequestHandler<GetQuestionPage, QuestionPage>
{
    public async Task<QuestionPage> Handle(GetQuestionPage request, CancellationToken cancellationToken)
    {
        var generation = cache.Generation;
        var readAt = clock.GetUtcNow();
        var thread = await threads.FindAsync(request.QuestionId, cancellationToken);
        if (thread is null || !user.CanSee(thread.Question.Moderation, thread.Question.Author.Id, includeDeleted: true))
            throw new NotFoundException("The question");
        var question = thread.DuplicateOf is { } original && user.CanSee(original.Moderation, original.AuthorId)
            ? thread.Question with { DuplicateOf = original.Link }
            : thread.Question;
        var answers = thread.Answers.Where(a => user.CanSee(a.Moderation, a.Author.Id, includeDeleted: true)).ToList();
        var isStaff = Roles.IsStaff(user);
        var faqArticles = thread.FaqArticles.Where(f => isStaff || (f.IsPublished && !f.IsArchived)).ToList();

        var viewer = await LoadViewerAsync(thread, question, cancellationToken);
        return new QuestionPage(question, answers, viewer, faqArticles,
            viewer.IsModerator ? await ModerationHistoryAsync(question.Id, cancellationToken) : null)
        {
            ReadGeneration = generation,
            ReadAt = readAt,
            // A question that is not public has no similar questions (it is not a search subject while hidden or held).
            Similar = question.Moderation is null ? thread.Similar : [],
        };
    }

    private async Task<Viewer> LoadViewerAsync(QuestionThread thread, QuestionDetail question, CancellationToken ct)
    {
        if (user.UserId is not { } userId || await threads.ReaderAsync(thread, ct) is not { } me)
            return Viewer.Anonymous;
        var isModerator = Roles.IsModeratorOrStaff(user);
        var canEditAny = isModerator || me.Reputation >= rules.EditOthersPrivilege;
        return new Viewer(userId, me.Reputation, question.Author.Id == userId, me.HasThisProblemToo, canEditAny,
            me.Reputation >= rules.VoteUpPrivilege, me.Reputation >= rules.VoteDownPrivilege, me.Votes, Roles.IsStaff(user),
            isModerator || me.Reputation >= rules.FlagPrivilege, isModerator, me.SuspendedUntil > clock.GetUtcNow() ? me.SuspendedUntil : null);
    }

    /// <summary>Every moderator action on the question and its answers, newest first (moderators only).</summary>
    private async Task<IReadOnlyList<ModerationLogEntry>> ModerationHistoryAsync(int questionId, CancellationToken ct) =>
        await db.ModerationActions.AsNoTracking().Where(m => m.QuestionId == questionId)
            .OrderByDescending(m => m.Id).Take(100)
            .Select(ModerationLogEntry.Projection).ToListAsync(ct);
}

/// <param name="Role">From the author's account, never from their name: what the badge beside the post says.</param>
public sealed record AuthorCard(string Id, string DisplayName, int Reputation, MemberRole Role = MemberRole.Member);

public sealed record QuestionDetail(
    int Id, string Title, string Slug, string BodyMarkdown, string BodyHtml, QuestionStatus Status, int Score, int AnswerCount, int MeTooCount,
    int? AcceptedAnswerId, DateTimeOffset CreatedAt, DateTimeOffset? EditedAt, DateTimeOffset LastActivityAt, DateTimeOffset? FirstResponseAt,
    SupportTier AskerTier, Guid Version, AuthorCard Author, string CategoryName, string CategorySlug, IReadOnlyList<string> Tags,
    PostModeration? Moderation = null, PostLink? DuplicateOf = null);

public sealed record AnswerDetail(
    int Id, string BodyMarkdown, string BodyHtml, int Score, bool IsAccepted, DateTimeOffset CreatedAt, DateTimeOffset? EditedAt, Guid Version, AuthorCard Author,
    PostModeration? Moderation = null, DateTimeOffset? VerifiedAt = null)
{
    /// <summary>Staff-verified: an official answer.</summary>
    public bool IsVerified => VerifiedAt is not null;
}

/// <summary>An FAQ article promoted from this question (drafts and archived ones are listed for staff only).</summary>
public sealed record FaqLink(int Id, string Slug, string Title, int? SourceAnswerId, bool IsPublished, bool IsArchived);

/// <summary>What the person looking at the page may do there.</summary>
public sealed record Viewer(
    string? MemberId, int Reputation, bool IsAsker, bool HasThisProblemToo, bool CanEditAnyPost, bool CanVoteUp, bool CanVoteDown,
    IReadOnlyDictionary<(PostType, int), int> Votes, bool IsStaff = false, bool CanFlag = false, bool IsModerator = false,
    DateTimeOffset? SuspendedUntil = null)
{
    public static readonly Viewer Anonymous = new(null, 0, false, false, false, false, false, new Dictionary<(PostType, int), int>());

    public bool IsSignedIn => MemberId is not null;
    public int VoteOn(PostType type, int id) => Votes.TryGetValue((type, id), out var value) ? value : 0;
    public bool CanEdit(AuthorCard author) => IsSignedIn && (author.Id == MemberId || CanEditAnyPost);
}

/// <param name="ModerationHistory">For moderators: every moderation action on the question and its answers.</param>
public sealed record QuestionPage(
    QuestionDetail Question, IReadOnlyList<AnswerDetail> Answers, Viewer Viewer,
    IReadOnlyList<FaqLink>? FaqArticles = null, IReadOnlyList<ModerationLogEntry>? ModerationHistory = null)
{
    /// <summary>The published article promoted from this thread, for the banner at its top.</summary>
    public FaqLink? PublishedArticle => FaqArticles?.FirstOrDefault(f => f.IsPublished && !f.IsArchived);

    public FaqLink? ArticleFrom(int answerId) => FaqArticles?.FirstOrDefault(f => f.SourceAnswerId == answerId);

    public bool IsOpenForAnswers => Question.Status is QuestionStatus.Open or QuestionStatus.Solved && Question.Moderation is null;

    /// <summary>
    /// The read cache's generation (<see cref="IReadCache.Generation"/>) taken before the page was read: it dates the
    /// page, so that what is rendered from it and kept is never served after a newer write.
    /// </summary>
    public long ReadGeneration { get; init; }

    /// <summary>When the page was read: what is rendered from it says "asked 5 minutes ago" as of then.</summary>
    public DateTimeOffset ReadAt { get; init; }

    /// <summary>Questions about the same thing, solved ones first (<see cref="Search.FindSimilarQuestions"/>).</summary>
    public IReadOnlyList<Search.SimilarQuestion> Similar { get; init; } = [];
}
