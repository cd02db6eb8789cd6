using Forum.Domain.Common;
using Forum.Domain.Features.Moderation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Features.Support;

/// <summary>
/// A helper takes a question for a few minutes ("Bob is answering") so that two helpers don't race on it. Taking needs
/// the reputation that manages the queue, and a helper holds at most <see cref="SupportOptions.MaxTakenAtOnce"/> questions at once.
/// </summary>
[Authorize]
public sealed record TakeQuestion(int QuestionId) : IRequest<TakeResult>;

public sealed class TakeQuestionHandler(IForumDb db, ICurrentUser user, IClock clock, SupportOptions options, QueuePermissions permissions)
    : IRequestHandler<TakeQuestion, TakeResult>
{
    public async Task<TakeResult> Handle(TakeQuestion request, CancellationToken cancellationToken)
    {
        var question = await db.Questions.Include(q => q.TakenBy).FindVisibleQuestionAsync(request.QuestionId, user, cancellationToken);
        if (question.IsAuthoredBy(user.UserId))
            throw new ConflictException("You cannot take your own question.");
        await permissions.EnsureCanManageQueueAsync(cancellationToken);
        var now = clock.UtcNow;
        var helperId = user.UserId!;
        if (question.IsTakenByOtherThan(helperId, now))
            throw new ConflictException($"{question.TakenBy!.DisplayName} is answering this question until {question.TakenUntil:HH:mm} UTC.");
        var slot = question.IsTakenBy(helperId, now) && question.TakeSlot is { } mine ? mine : await FreeSlotAsync(helperId, now, cancellationToken);
        question.Take(helperId, slot, now, options.TakeDuration);
        await db.SaveChangesAsync(cancellationToken);
        return new TakeResult(question.Id, question.TakenById, question.TakenUntil);
    }

    /// <summary>
    /// One of the helper's places not used by a take still running. Two takes sent at once may pick the same place: the
    /// database's unique index on (helper, place) lets only one of them be written.
    /// </summary>
    private async Task<int> FreeSlotAsync(string helperId, DateTimeOffset now, CancellationToken ct)
    {
        // Takes that ran out give their places back.
        await db.Questions.Where(q => q.TakenById == helperId && q.TakeSlot != null && q.TakenUntil <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.TakeSlot, (int?)null), ct);
        var used = await db.Questions.Where(q => q.TakenById == helperId && q.TakeSlot != null).Select(q => q.TakeSlot!.Value).ToListAsync(ct);
        var free = Enumerable.Range(1, options.MaxTakenAtOnce).Except(used).ToList();
        if (free.Count == 0)
            throw new ConflictException(
                $"You are already answering {used.Count} questions, the most a helper holds at once. Answer or release one of them first.");
        return free[0];
    }
}

public sealed record TakeResult(int QuestionId, string? TakenById, DateTimeOffset? TakenUntil);
