using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Questions;
using Forum.Domain.Features.Reputation;
using Forum.Domain.Features.Moderation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Features.Support;

/// <summary>The customer-service side of a question's page: waiting time, who is answering, needs-info, watching, follow-up.</summary>
public sealed record GetQuestionSupport(int QuestionId) : IRequest<QuestionSupport>;

public sealed class GetQuestionSupportHandler(IForumDb db, ICurrentUser user, IClock clock, SupportOptions options, ReputationRules rules)
    : IRequestHandler<GetQuestionSupport, QuestionSupport>
{
    public async Task<QuestionSupport> Handle(GetQuestionSupport request, CancellationToken cancellationToken)
    {
        var userId = user.UserId;
        var q = await db.Questions.AsNoTracking().Where(q => q.Id == request.QuestionId).VisibleTo(user)
            .Select(q => new
            {
                q.AuthorId, q.Status, q.AskerTier, q.CreatedAt, q.FirstResponseAt, q.NeedsInfoSince, q.SupportNote, q.TakenById,
                TakenByName = q.TakenBy != null ? q.TakenBy.DisplayName : null, q.TakenUntil, q.FollowUpSentAt, q.FollowUpOutcome,
                q.SatisfactionRating, q.SatisfactionComment, q.AcceptedAnswerId,
                Watching = userId != null && db.Watches.Any(w => w.QuestionId == q.Id && w.MemberId == userId),
                Reputation = db.Members.Where(m => m.Id == userId).Select(m => m.Reputation).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("The question");
        var now = clock.UtcNow;
        var target = options.Target(q.AskerTier);
        TimeSpan? waiting = q.FirstResponseAt is null && q.Status == QuestionStatus.Open ? now - q.CreatedAt : null;
        var taken = q.TakenById is not null && q.TakenUntil > now;
        var isAsker = userId is not null && userId == q.AuthorId;
        var isHelper = userId is not null && !isAsker && (Roles.IsModeratorOrStaff(user) || q.Reputation >= rules.VoteUpPrivilege);
        return new QuestionSupport(
            q.AskerTier, waiting, target, waiting > target, q.NeedsInfoSince, q.SupportNote,
            taken ? q.TakenByName : null, taken ? q.TakenUntil : null, taken && q.TakenById == userId,
            q.Watching, isAsker, isHelper && q.Status == QuestionStatus.Open,
            isAsker && q.FollowUpSentAt is not null && q.FollowUpOutcome == FollowUpOutcome.Pending && q.Status == QuestionStatus.Solved,
            q.FollowUpOutcome, isAsker && q.AcceptedAnswerId is not null, q.SatisfactionRating, q.SatisfactionComment);
    }
}

public sealed record QuestionSupport(
    SupportTier AskerTier, TimeSpan? Waiting, TimeSpan Target, bool IsOverdue, DateTimeOffset? NeedsInfoSince, string? SupportNote,
    string? TakenByName, DateTimeOffset? TakenUntil, bool IsTakenByMe, bool IsWatching, bool IsAsker, bool CanManageQueue,
    bool FollowUpAwaitsAnswer, FollowUpOutcome FollowUpOutcome, bool CanRate, int? SatisfactionRating, string? SatisfactionComment);
