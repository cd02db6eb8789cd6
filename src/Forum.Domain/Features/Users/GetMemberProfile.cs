namespace Forum.Domain.Features.Users;

/// <summary>A member's public page: reputation with its history, and their questions and answers.</summary>
public sealed record GetMemberProfile(string MemberId) : IRequest<MemberProfile>;

public sealed class GetMemberProfileHandler(IForumDb db, ICurrentUser user) : IRequestHandler<GetMemberProfile, MemberProfile>
{
    private const int ListLength = 30;

    public async Task<MemberProfile> Handle(GetMemberProfile request, CancellationToken cancellationToken)
    {
        var member = await db.Members.AsNoTracking().Where(m => m.Id == request.MemberId)
            .Select(m => new { m.Id, m.DisplayName, m.Role, m.Reputation, m.Tier, m.CreatedAt, m.SuspendedUntil, m.SuspensionReason, m.DisplayNameChangedAt, m.LeftAt })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("The member");

        var questionCount = await db.Questions.Where(q => q.AuthorId == member.Id).VisibleTo(user).CountAsync(cancellationToken);
        var answerCount = await db.Answers.Where(a => a.AuthorId == member.Id).VisibleTo(user).CountAsync(cancellationToken);

        var history = await db.ReputationEvents.AsNoTracking()
            .Where(e => e.MemberId == member.Id)
            .OrderByDescending(e => e.Id).Take(ListLength)
            .Select(e => new ReputationLine(e.Amount, e.Reason, e.CreatedAt,
                e.PostType == PostType.Question
                    ? db.Questions.Where(q => q.Id == e.PostId).Where(ContentVisibility.IsPublicQuestion).Select(q => new PostLink(q.Id, q.Title, q.Slug)).FirstOrDefault()
                    : db.Answers.Where(a => a.Id == e.PostId).Where(ContentVisibility.IsPublicAnswer).Select(a => new PostLink(a.QuestionId, a.Question!.Title, a.Question.Slug)).FirstOrDefault()))
            .ToListAsync(cancellationToken);

        var questions = await db.Questions.AsNoTracking()
            .Where(q => q.AuthorId == member.Id).VisibleTo(user)
            .OrderByDescending(q => q.CreatedAt).ThenByDescending(q => q.Id).Take(ListLength)
            .Select(QuestionSummary.Projection).ToListAsync(cancellationToken);

        var answers = await db.Answers.AsNoTracking()
            .Where(a => a.AuthorId == member.Id).VisibleTo(user)
            .OrderByDescending(a => a.CreatedAt).ThenByDescending(a => a.Id).Take(ListLength)
            .Select(a => new MemberAnswer(a.Id, a.QuestionId, a.Question!.Title, a.Question.Slug, a.Score, a.Question.AcceptedAnswerId == a.Id, a.CreatedAt,
                PostModeration.Of(a.DeletedAt, a.DeletedReason, a.HiddenAt, a.IsHeld, a.HiddenReason)))
            .ToListAsync(cancellationToken);

        return new MemberProfile(member.Id, member.DisplayName, member.Reputation, member.Tier, member.CreatedAt,
            questionCount, answerCount, history, questions, answers, member.SuspendedUntil,
            Roles.IsModeratorOrStaff(user) ? member.SuspensionReason : null,
            member.DisplayNameChangedAt is null && Member.IsDefaultName(member.DisplayName), member.Role, member.LeftAt is not null);
    }
}

public sealed record PostLink(int QuestionId, string Title, string Slug);

public sealed record ReputationLine(int Amount, ReputationReason Reason, DateTimeOffset CreatedAt, PostLink? Post);

public sealed record MemberAnswer(int Id, int QuestionId, string QuestionTitle, string QuestionSlug, int Score, bool IsAccepted, DateTimeOffset CreatedAt, PostModeration? Moderation = null);

/// <param name="SuspensionReason">Why the member is suspended; shown to moderators, staff and admins only.</param>
/// <param name="HasDefaultName">The member still has the name given at sign-up; their own page tells them where to choose one.</param>
/// <param name="HasLeft">The member deleted their account or a moderator removed it: a former member.</param>
public sealed record MemberProfile(
    string Id, string DisplayName, int Reputation, SupportTier Tier, DateTimeOffset MemberSince, int QuestionCount, int AnswerCount,
    IReadOnlyList<ReputationLine> History, IReadOnlyList<QuestionSummary> Questions, IReadOnlyList<MemberAnswer> Answers,
    DateTimeOffset? SuspendedUntil = null, string? SuspensionReason = null, bool HasDefaultName = false, MemberRole Role = MemberRole.Member,
    bool HasLeft = false);
