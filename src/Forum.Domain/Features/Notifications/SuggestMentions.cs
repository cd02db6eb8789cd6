namespace Forum.Domain.Features.Notifications;

/// <summary>
/// Who a writer may mean after typing "@": the thread's participants first (the asker, then those who answered, as the
/// reader sees them), then other members whose display name starts with what was typed. Only public display names.
/// </summary>
/// <param name="Prefix">What follows the "@" so far (may be empty).</param>
/// <param name="QuestionId">The thread being written in, when there is one.</param>
[RequiresMember]
public sealed record SuggestMentions(string? Prefix, int? QuestionId) : IRequest<IReadOnlyList<MentionSuggestion>>;

public sealed class SuggestMentionsValidator : AbstractValidator<SuggestMentions>
{
    public SuggestMentionsValidator(IForumTexts texts) =>
        RuleFor(x => x.Prefix).MaximumLength(Member.DisplayNameMax).Says(texts, "Problem.DisplayName.TooLong", Member.DisplayNameMax);
}

public sealed class SuggestMentionsHandler(IForumDb db, ICurrentUser user) : IRequestHandler<SuggestMentions, IReadOnlyList<MentionSuggestion>>
{
    public const int MaxSuggestions = 8;

    public async Task<IReadOnlyList<MentionSuggestion>> Handle(SuggestMentions request, CancellationToken cancellationToken)
    {
        var prefix = (request.Prefix ?? "").Trim().ToLowerInvariant();
        var me = user.UserId ?? "";
        var participants = new List<string>();
        if (request.QuestionId is { } questionId)
        {
            var asker = await db.Questions.AsNoTracking().Where(q => q.Id == questionId).VisibleTo(user)
                .Select(q => q.Author!.DisplayName).ToListAsync(cancellationToken);
            var answerers = await db.Answers.AsNoTracking().Where(a => a.QuestionId == questionId).VisibleTo(user)
                .OrderBy(a => a.CreatedAt).Select(a => a.Author!.DisplayName).ToListAsync(cancellationToken);
            participants = asker.Concat(answerers).Distinct()
                .Where(name => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)).ToList();
        }
        var myName = await db.Members.AsNoTracking().Where(m => m.Id == me).Select(m => m.DisplayName).SingleOrDefaultAsync(cancellationToken);
        participants.Remove(myName ?? "");

#pragma warning disable CA1862 // lower() and LIKE in SQL on every database; the overload with a StringComparison has no translation
        var others = await db.Members.AsNoTracking()
            .Where(m => m.Id != me && m.DisplayName.ToLower().StartsWith(prefix) && !participants.Contains(m.DisplayName))
            .OrderBy(m => m.DisplayName)
            .Select(m => m.DisplayName)
            .Take(MaxSuggestions)
            .ToListAsync(cancellationToken);
#pragma warning restore CA1862
        return participants.Take(MaxSuggestions).Select(name => new MentionSuggestion(name, InThread: true))
            .Concat(others.Select(name => new MentionSuggestion(name, InThread: false)))
            .Take(MaxSuggestions)
            .ToList();
    }
}

/// <param name="InThread">Took part in the thread being written in.</param>
public sealed record MentionSuggestion(string DisplayName, bool InThread);
