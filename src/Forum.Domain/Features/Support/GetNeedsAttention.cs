namespace Forum.Domain.Features.Support;

/// <summary>
/// The helpers' queue: open questions (not waiting for more information), Priority tier first; within a tier the ones
/// that came back to the queue first, then those still without a first response, oldest (so furthest past the
/// target) first, then answered-but-unsolved ones by waiting time. Within one tier the target is the same for every
/// question, so "furthest past target" and "waiting longest" order alike and the database can sort by age.
/// </summary>
/// <param name="Language">
/// Questions in this language only; <see cref="Languages.Any"/> for all; by default those in the languages the helper
/// answers in (all when they named none).
/// </param>
[RequiresMember]
public sealed record GetNeedsAttention(string? Category = null, string? Language = null) : IRequest<NeedsAttentionQueue>;

public sealed class GetNeedsAttentionValidator : AbstractValidator<GetNeedsAttention>
{
    public GetNeedsAttentionValidator(IForumTexts texts) => RuleFor(x => x.Language).Must(l => l is null or Languages.Any || Languages.IsSupported(l))
        .Says(texts, "Validation.LanguageOrAny", string.Join(", ", Languages.All), Languages.Any);
}

public sealed class GetNeedsAttentionHandler(IForumDb db, TimeProvider clock, ICurrentUser user, SupportOptions options)
    : IRequestHandler<GetNeedsAttention, NeedsAttentionQueue>
{
    public const int MaxItems = 200;

    public async Task<NeedsAttentionQueue> Handle(GetNeedsAttention request, CancellationToken cancellationToken)
    {
        var questions = db.Questions.AsNoTracking().Where(ContentVisibility.IsPublicQuestion)
            .Where(q => q.Status == QuestionStatus.Open && q.NeedsInfoSince == null);
        (questions, var categoryName) = await CategoryFilter.ApplyAsync(db, questions, request.Category, cancellationToken);
        List<string> languages = request.Language switch
        {
            Languages.Any => [],
            null => await db.Members.Where(m => m.Id == user.UserId).Select(m => m.AnswerLanguages).SingleOrDefaultAsync(cancellationToken) ?? [],
            var one => [one],
        };
        if (languages.Count > 0)
            questions = questions.Where(q => languages.Contains(q.Language));

        var rows = await questions
            .OrderByDescending(q => q.AskerTier)
            .ThenByDescending(q => q.BackInQueueAt != null)
            .ThenBy(q => q.BackInQueueAt)
            .ThenByDescending(q => q.FirstResponseAt == null)
            .ThenBy(q => q.CreatedAt).ThenBy(q => q.Id)
            .Take(MaxItems)
            .Select(q => new
            {
                q.Id, q.Title, q.Slug, q.AskerTier, q.CreatedAt, q.FirstResponseAt, q.BackInQueueAt, q.AnswerCount, q.SupportNote,
                AskerName = q.Author!.DisplayName, CategoryName = q.Category!.Name, CategorySlug = q.Category.Slug,
                q.TakenById, TakenByName = q.TakenBy != null ? q.TakenBy.DisplayName : null, q.TakenUntil,
            })
            .ToListAsync(cancellationToken);

        var now = clock.GetUtcNow();
        var items = rows.Select(q =>
        {
            var waitingSince = q.BackInQueueAt ?? q.CreatedAt;
            var waiting = now - waitingSince;
            var target = options.Target(q.AskerTier);
            // Past target only counts while nobody has responded (or since the question came back).
            TimeSpan? pastTarget = q.FirstResponseAt is null || q.BackInQueueAt is not null ? waiting - target : null;
            var taken = q.TakenById is not null && q.TakenUntil > now;
            return new NeedsAttentionItem(
                q.Id, q.Title, q.Slug, q.AskerName, q.AskerTier, q.CategoryName, q.CategorySlug, q.AnswerCount,
                q.CreatedAt, waitingSince, waiting, target, pastTarget, pastTarget > TimeSpan.Zero, q.BackInQueueAt is not null, q.SupportNote,
                taken ? q.TakenByName : null, taken ? q.TakenUntil : null, taken && q.TakenById == user.UserId);
        }).ToList();
        return new NeedsAttentionQueue(items, request.Category, categoryName, items.Count(i => i.IsOverdue),
            options.Target(SupportTier.Priority), options.Target(SupportTier.Standard), languages);
    }
}

public sealed record NeedsAttentionItem(
    int Id, string Title, string Slug, string AskerName, SupportTier AskerTier, string CategoryName, string CategorySlug, int AnswerCount,
    DateTimeOffset CreatedAt, DateTimeOffset WaitingSince, TimeSpan Waiting, TimeSpan Target, TimeSpan? PastTarget, bool IsOverdue,
    bool IsBackInQueue, string? SupportNote, string? TakenByName, DateTimeOffset? TakenUntil, bool IsTakenByMe);

/// <param name="Languages">The languages of the questions shown; empty for all.</param>
public sealed record NeedsAttentionQueue(
    IReadOnlyList<NeedsAttentionItem> Items, string? CategorySlug, string? CategoryName, int OverdueCount,
    TimeSpan PriorityTarget, TimeSpan StandardTarget, IReadOnlyList<string> Languages);
