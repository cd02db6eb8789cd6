namespace Forum.Domain.Features.Support;

/// <summary>The customer-service side of a question's page: waiting time, who is answering, needs-info, watching, follow-up.</summary>
public sealed record GetQuestionSupport(int QuestionId) : IRequest<QuestionSupport>;

public sealed class GetQuestionSupportHandler(
    ICurrentUser user, TimeProvider clock, SupportOptions options, ReputationRules rules, QuestionThreads threads)
    : IRequestHandler<GetQuestionSupport, QuestionSupport>
{
    public async Task<QuestionSupport> Handle(GetQuestionSupport request, CancellationToken cancellationToken)
    {
        var thread = await threads.FindAsync(request.QuestionId, cancellationToken);
        if (thread is null || !user.CanSee(thread.Question.Moderation, thread.Question.Author.Id))
            throw new NotFoundException("The question");
        var (q, s) = (thread.Question, thread.Support);
        var userId = user.UserId;
        var me = await threads.ReaderAsync(thread, cancellationToken);

        var now = clock.GetUtcNow();
        var target = options.Target(q.AskerTier);
        TimeSpan? waiting = q.FirstResponseAt is null && q.Status == QuestionStatus.Open ? now - q.CreatedAt : null;
        var taken = s.TakenById is not null && s.TakenUntil > now;
        var isAsker = userId is not null && userId == q.Author.Id;
        var isHelper = me is not null && !isAsker && (Roles.IsModeratorOrStaff(user) || me.Reputation >= rules.VoteUpPrivilege);
        return new QuestionSupport(
            q.AskerTier, waiting, target, waiting > target, s.NeedsInfoSince, s.SupportNote,
            taken ? s.TakenByName : null, taken ? s.TakenUntil : null, taken && s.TakenById == userId,
            me?.IsWatching == true, isAsker, isHelper && q.Status == QuestionStatus.Open,
            isAsker && s.FollowUpSentAt is not null && s.FollowUpOutcome == FollowUpOutcome.Pending && q.Status == QuestionStatus.Solved,
            s.FollowUpOutcome, isAsker && q.AcceptedAnswerId is not null, s.SatisfactionRating, s.SatisfactionComment);
    }
}

public sealed record QuestionSupport(
    SupportTier AskerTier, TimeSpan? Waiting, TimeSpan Target, bool IsOverdue, DateTimeOffset? NeedsInfoSince, string? SupportNote,
    string? TakenByName, DateTimeOffset? TakenUntil, bool IsTakenByMe, bool IsWatching, bool IsAsker, bool CanManageQueue,
    bool FollowUpAwaitsAnswer, FollowUpOutcome FollowUpOutcome, bool CanRate, int? SatisfactionRating, string? SatisfactionComment);
