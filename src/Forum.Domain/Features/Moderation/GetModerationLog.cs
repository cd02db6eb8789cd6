namespace Forum.Domain.Features.Moderation;

/// <summary>The audit log, newest first, filtered by action, moderator, member or post.</summary>
[RequiresMember(Roles = Roles.ModeratorStaffOrAdmin)]
public sealed record GetModerationLog(string? Action = null, string? ModeratorId = null, string? MemberId = null, PostType? PostType = null, int? PostId = null,
    int Page = 1, int PageSize = 50) : IRequest<ModerationLog>;

public sealed class GetModerationLogValidator : AbstractValidator<GetModerationLog>
{
    public static readonly string[] ActionCodes = [.. Enum.GetValues<ModerationActionType>().Select(ModerationCodes.Code)];

    public GetModerationLogValidator(IForumTexts texts)
    {
        RuleFor(x => x.Action).Must(a => a is null || ActionCodes.Contains(a)).Says(texts, "Validation.FilterBy", string.Join(", ", ActionCodes));
        RuleFor(x => x.ModeratorId).MaximumLength(450);
        RuleFor(x => x.MemberId).MaximumLength(450);
        RuleFor(x => x.PostType).IsInEnum();
        RuleFor(x => x.Page).InclusiveBetween(1, 100_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 100);
    }
}

public sealed class GetModerationLogHandler(IForumDb db) : IRequestHandler<GetModerationLog, ModerationLog>
{
    public async Task<ModerationLog> Handle(GetModerationLog request, CancellationToken cancellationToken)
    {
        var log = db.ModerationActions.AsNoTracking();
        if (request.Action is { } code)
        {
            var action = Enum.GetValues<ModerationActionType>().Single(a => ModerationCodes.Code(a) == code);
            log = log.Where(m => m.Action == action);
        }
        if (!string.IsNullOrEmpty(request.ModeratorId))
            log = log.Where(m => m.ModeratorId == request.ModeratorId);
        if (!string.IsNullOrEmpty(request.MemberId))
            log = log.Where(m => m.MemberId == request.MemberId);
        if (request.PostType is { } type)
            log = log.Where(m => m.PostType == type);
        if (request.PostId is { } postId)
            log = log.Where(m => m.PostId == postId);

        var total = await log.CountAsync(cancellationToken);
        var items = await log.OrderByDescending(m => m.Id)
            .Skip((request.Page - 1) * request.PageSize).Take(request.PageSize)
            .Select(ModerationLogEntry.Projection).ToListAsync(cancellationToken);
        return new ModerationLog(items, total, request.Page, request.PageSize);
    }
}

/// <summary>One line of the audit log; a null moderator is the forum itself (auto-hide, hold).</summary>
public sealed record ModerationLogEntry(
    long Id, string Action, string? ModeratorId, string? ModeratorName, string? PostType, int? PostId, int? QuestionId,
    string? MemberId, string? MemberName, string? Reason, DateTimeOffset CreatedAt)
{
    /// <summary>The line in words: "held for review: a new member's first post with a link or a phone number".</summary>
    public string Summary => string.IsNullOrEmpty(Reason) ? ModerationCodes.Describe(Action) : $"{ModerationCodes.Describe(Action)}: {Reason}";

    public static readonly System.Linq.Expressions.Expression<Func<ModerationAction, ModerationLogEntry>> Projection = m => new ModerationLogEntry(
        m.Id, ModerationCodes.Code(m.Action), m.ModeratorId, m.Moderator!.DisplayName,
        m.PostType == null ? null : ModerationCodes.PostTypeCode(m.PostType.Value), m.PostId, m.QuestionId,
        m.MemberId, m.Member!.DisplayName, m.Reason, m.CreatedAt);
}

public sealed record ModerationLog(IReadOnlyList<ModerationLogEntry> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
