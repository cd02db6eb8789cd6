namespace Forum.Domain.Features.Moderation;

/// <summary>
/// The moderation queue: one card per post with pending flags or held for review, oldest first, with everything a
/// moderator needs to decide (the text, all flags with reporters and notes, the author's standing, the post's history).
/// <see cref="Reason"/> is a flag reason code or "held".
/// </summary>
[RequiresMember(Roles = Roles.ModeratorStaffOrAdmin)]
public sealed record GetModerationQueue(string? Reason = null, string? Category = null, int Page = 1, int PageSize = 50) : IRequest<ModerationQueue>;

public sealed class GetModerationQueueValidator : AbstractValidator<GetModerationQueue>
{
    public const string Held = "held";

    public GetModerationQueueValidator(IForumTexts texts)
    {
        RuleFor(x => x.Reason).Must(r => r is null or Held || ModerationCodes.FlagReasons.ContainsKey(r))
            .Says(texts, "Validation.FilterBy", $"{string.Join(", ", ModerationCodes.FlagReasons.Keys)}, {Held}");
        RuleFor(x => x.Category).MaximumLength(80);
        RuleFor(x => x.Page).InclusiveBetween(1, 100_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 100);
    }
}

public sealed class GetModerationQueueHandler(IForumDb db) : IRequestHandler<GetModerationQueue, ModerationQueue>
{
    public async Task<ModerationQueue> Handle(GetModerationQueue request, CancellationToken cancellationToken)
    {
        int? categoryId = null;
        if (!string.IsNullOrEmpty(request.Category))
            categoryId = await db.Categories.Where(c => c.Slug == request.Category).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("The category");
        var keys = await ModerationQueueKeys.LoadAsync(db, request.Reason, categoryId, cancellationToken);
        var page = keys.Skip((request.Page - 1) * request.PageSize).Take(request.PageSize).ToList();
        var questionIds = page.Where(k => k.Type == PostType.Question).Select(k => k.Id).ToList();
        var answerIds = page.Where(k => k.Type == PostType.Answer).Select(k => k.Id).ToList();

        var posts = await db.Questions.AsNoTracking().Where(q => questionIds.Contains(q.Id))
            .Select(q => new CardPost(PostType.Question, q.Id, q.Id, q.Title, q.Slug, q.Category!.Name, q.Status, q.BodyHtml, q.AuthorId, q.CreatedAt,
                PostModeration.Of(q.DeletedAt, q.DeletedReason, q.HiddenAt, q.IsHeld, q.HiddenReason)))
            .ToListAsync(cancellationToken);
        posts.AddRange(await db.Answers.AsNoTracking().Where(a => answerIds.Contains(a.Id))
            .Select(a => new CardPost(PostType.Answer, a.Id, a.QuestionId, a.Question!.Title, a.Question.Slug, a.Question.Category!.Name, a.Question.Status,
                a.BodyHtml, a.AuthorId, a.CreatedAt, PostModeration.Of(a.DeletedAt, a.DeletedReason, a.HiddenAt, a.IsHeld, a.HiddenReason)))
            .ToListAsync(cancellationToken));

        var flags = await db.Flags.AsNoTracking()
            .Where(f => f.Status == FlagStatus.Pending && ((f.PostType == PostType.Question && questionIds.Contains(f.PostId)) || (f.PostType == PostType.Answer && answerIds.Contains(f.PostId))))
            .OrderBy(f => f.Id)
            .Select(f => new { f.PostType, f.PostId, Line = new FlagLine(f.Id, ModerationCodes.Code(f.Reason), f.Note, f.ReporterId,
                f.ReporterId == null ? RespectScreening.ForumReporterName : f.Reporter!.DisplayName, f.DuplicateOfQuestionId, f.CreatedAt) })
            .ToListAsync(cancellationToken);
        var questionOfPage = posts.Select(p => p.QuestionId).Distinct().ToList();
        var history = await db.ModerationActions.AsNoTracking().Where(m => m.QuestionId != null && questionOfPage.Contains(m.QuestionId.Value))
            .OrderByDescending(m => m.Id).Select(ModerationLogEntry.Projection).ToListAsync(cancellationToken);

        var authorIds = posts.Select(p => p.AuthorId).Distinct().ToList();
        var liveQuestions = db.Questions.Where(ContentVisibility.IsLiveQuestion);
        var liveAnswers = db.Answers.Where(ContentVisibility.IsLiveAnswer);
        var authors = await db.Members.AsNoTracking().Where(m => authorIds.Contains(m.Id))
            .Select(m => new AuthorStanding(m.Id, m.DisplayName, m.Reputation, m.CreatedAt, m.SuspendedUntil,
                liveQuestions.Count(q => q.AuthorId == m.Id),
                liveAnswers.Count(a => a.AuthorId == m.Id),
                db.ModerationActions.Count(x => x.MemberId == m.Id && (x.Action == ModerationActionType.Hide || x.Action == ModerationActionType.Delete || x.Action == ModerationActionType.PurgeAuthor)),
                db.ModerationActions.Count(x => x.MemberId == m.Id && x.Action == ModerationActionType.SuspendAuthor)))
            .ToDictionaryAsync(a => a.Id, cancellationToken);

        var cards = page.Select(k => (Key: k, Post: posts.SingleOrDefault(p => p.Type == k.Type && p.Id == k.Id)))
            .Where(c => c.Post is not null)
            .Select(c => new ModerationCard(
                ModerationCodes.PostTypeCode(c.Key.Type), c.Key.Id, c.Post!.QuestionId, c.Post.QuestionTitle, c.Post.QuestionSlug, c.Post.CategoryName,
                c.Post.QuestionStatus, c.Post.BodyHtml, c.Post.CreatedAt, c.Post.Moderation, c.Key.WaitingSince, authors[c.Post.AuthorId],
                flags.Where(f => f.PostType == c.Key.Type && f.PostId == c.Key.Id).Select(f => f.Line).ToList(),
                history.Where(h => h.PostType == ModerationCodes.PostTypeCode(c.Key.Type) && h.PostId == c.Key.Id).ToList()))
            .ToList();
        return new ModerationQueue(cards, keys.Count, request.Page, request.PageSize, request.Reason, request.Category);
    }

    private sealed record CardPost(
        PostType Type, int Id, int QuestionId, string QuestionTitle, string QuestionSlug, string CategoryName, QuestionStatus QuestionStatus,
        string BodyHtml, string AuthorId, DateTimeOffset CreatedAt, PostModeration? Moderation);
}

/// <summary>How many cards wait in the queue (the count in the navigation bar).</summary>
[RequiresMember(Roles = Roles.ModeratorStaffOrAdmin)]
public sealed record CountModerationQueue : IRequest<int>;

public sealed class CountModerationQueueHandler(IForumDb db) : IRequestHandler<CountModerationQueue, int>
{
    public async Task<int> Handle(CountModerationQueue request, CancellationToken cancellationToken) =>
        (await ModerationQueueKeys.LoadAsync(db, null, null, cancellationToken)).Count;
}

/// <summary>The posts in the queue, oldest first: those with pending flags and those held for review.</summary>
internal static class ModerationQueueKeys
{
    public sealed record Key(PostType Type, int Id, DateTimeOffset WaitingSince);

    public static async Task<List<Key>> LoadAsync(IForumDb db, string? reason, int? categoryId, CancellationToken ct)
    {
        var entries = new List<Key>();
        if (reason != GetModerationQueueValidator.Held)
        {
            var flags = db.Flags.AsNoTracking().Where(f => f.Status == FlagStatus.Pending);
            if (reason is not null)
            {
                var flagReason = ModerationCodes.FlagReasons[reason];
                flags = flags.Where(f => f.Reason == flagReason);
            }
            if (categoryId is { } category)
                flags = flags.Where(f => db.Questions.Any(q => q.Id == f.QuestionId && q.CategoryId == category));
            entries.AddRange((await flags.Select(f => new { f.PostType, f.PostId, f.CreatedAt }).ToListAsync(ct))
                .Select(f => new Key(f.PostType, f.PostId, f.CreatedAt)));
        }
        if (reason is null or GetModerationQueueValidator.Held)
        {
            entries.AddRange((await db.Questions.AsNoTracking().Where(ContentVisibility.IsLiveQuestion).Where(q => q.IsHeld && (categoryId == null || q.CategoryId == categoryId))
                .Select(q => new { q.Id, q.CreatedAt }).ToListAsync(ct)).Select(q => new Key(PostType.Question, q.Id, q.CreatedAt)));
            entries.AddRange((await db.Answers.AsNoTracking().Where(ContentVisibility.IsLiveAnswer).Where(a => a.IsHeld && (categoryId == null || a.Question!.CategoryId == categoryId))
                .Select(a => new { a.Id, a.CreatedAt }).ToListAsync(ct)).Select(a => new Key(PostType.Answer, a.Id, a.CreatedAt)));
        }
        return entries.GroupBy(e => (e.Type, e.Id))
            .Select(g => new Key(g.Key.Type, g.Key.Id, g.Min(e => e.WaitingSince)))
            .OrderBy(k => k.WaitingSince).ThenBy(k => k.Type).ThenBy(k => k.Id)
            .ToList();
    }
}

/// <param name="ReporterId">The member who flagged; null for the forum's own automatic flags (<see cref="Automatic"/>).</param>
public sealed record FlagLine(long Id, string Reason, string? Note, string? ReporterId, string ReporterName, int? DuplicateOfQuestionId, DateTimeOffset CreatedAt)
{
    public bool Automatic => ReporterId is null;
}

/// <summary>The author as a moderator needs to see them: standing, activity and earlier moderation.</summary>
public sealed record AuthorStanding(
    string Id, string DisplayName, int Reputation, DateTimeOffset MemberSince, DateTimeOffset? SuspendedUntil,
    int QuestionCount, int AnswerCount, int PostsRemovedBefore, int SuspensionsBefore);

public sealed record ModerationCard(
    string PostType, int PostId, int QuestionId, string QuestionTitle, string QuestionSlug, string CategoryName, QuestionStatus QuestionStatus,
    string BodyHtml, DateTimeOffset PostedAt, PostModeration? Moderation, DateTimeOffset WaitingSince, AuthorStanding Author,
    IReadOnlyList<FlagLine> Flags, IReadOnlyList<ModerationLogEntry> History);

public sealed record ModerationQueue(IReadOnlyList<ModerationCard> Items, int Total, int Page, int PageSize, string? Reason, string? Category)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
