using Forum.Domain.Common;
using Forum.Domain.Entities;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Features.Moderation;

/// <summary>The flags the signed-in member raised, newest first, with their outcomes and the count of helpful (upheld) ones.</summary>
[Authorize]
public sealed record GetMyFlags(int Take = 50) : IRequest<MyFlags>;

public sealed class GetMyFlagsHandler(IForumDb db, ICurrentUser user) : IRequestHandler<GetMyFlags, MyFlags>
{
    public async Task<MyFlags> Handle(GetMyFlags request, CancellationToken cancellationToken)
    {
        var mine = db.Flags.AsNoTracking().Where(f => f.ReporterId == user.UserId);
        var counts = await mine.GroupBy(f => f.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var items = await mine.OrderByDescending(f => f.Id).Take(Math.Clamp(request.Take, 1, 200))
            .Select(f => new MyFlag(f.Id, ModerationCodes.PostTypeCode(f.PostType), f.PostId, f.QuestionId,
                db.Questions.Where(q => q.Id == f.QuestionId).Select(q => q.Title).FirstOrDefault() ?? "",
                ModerationCodes.Code(f.Reason), f.Note, f.Status.ToString().ToLowerInvariant(), f.Resolution, f.CreatedAt, f.HandledAt))
            .ToListAsync(cancellationToken);
        int Count(FlagStatus status) => counts.Where(c => c.Status == status).Sum(c => c.Count);
        return new MyFlags(Count(FlagStatus.Upheld), Count(FlagStatus.Dismissed), Count(FlagStatus.Pending), items);
    }
}

public sealed record MyFlag(
    long Id, string PostType, int PostId, int QuestionId, string QuestionTitle, string Reason, string? Note, string Status, string? Outcome,
    DateTimeOffset CreatedAt, DateTimeOffset? HandledAt);

/// <param name="Helpful">Flags a moderator upheld.</param>
public sealed record MyFlags(int Helpful, int Declined, int Pending, IReadOnlyList<MyFlag> Items);
