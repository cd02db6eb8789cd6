namespace Forum.Domain.Features.Support;

/// <summary>
/// A helper takes a question for a few minutes ("Bob is answering") so that two helpers don't race on it. Taking needs
/// the reputation that manages the queue, and a helper holds at most <see cref="SupportOptions.MaxTakenAtOnce"/> questions at once.
/// </summary>
[RequiresMember]
public sealed record TakeQuestion(int QuestionId) : IRequest<TakeResult>;

public sealed class TakeQuestionHandler(IForumDb db, ICurrentUser user, TimeProvider clock, SupportOptions options, QueuePermissions permissions)
    : IRequestHandler<TakeQuestion, TakeResult>
{
    public async Task<TakeResult> Handle(TakeQuestion request, CancellationToken cancellationToken)
    {
        var question = await db.Questions.Include(q => q.TakenBy).FindVisibleQuestionAsync(request.QuestionId, user, cancellationToken);
        if (question.IsAuthoredBy(user.UserId))
            throw new ConflictException("You cannot take your own question.", said: Phrase.Of("Problem.TakeOwnQuestion"));
        await permissions.EnsureCanManageQueueAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var helperId = user.UserId!;
        if (question.IsTakenByOtherThan(helperId, now))
            throw new ConflictException($"{question.TakenBy!.DisplayName} is answering this question until {question.TakenUntil:HH:mm} UTC.",
                said: Phrase.Of("Problem.TakenUntil", question.TakenBy!.DisplayName, question.TakenUntil));
        var slots = question.IsTakenBy(helperId, now) && question.TakeSlot is { } mine ? [mine] : await FreeSlotsAsync(helperId, now, cancellationToken);
        for (var i = 0; ; i++)
        {
            question.Take(helperId, slots[i], now, options.TakeDuration);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new TakeResult(question.Id, question.TakenById, question.TakenUntil);
            }
            catch (ConflictException) when (i < slots.Count - 1)
            {
                // Another take of this helper's, sent at the same moment, used that place: try the next one.
            }
        }
    }

    /// <summary>
    /// The helper's places not used by a take still running. Takes sent at once may pick the same place: the database's
    /// unique index on (helper, place) lets only one of them have it, so the cap holds under any concurrency.
    /// </summary>
    private async Task<List<int>> FreeSlotsAsync(string helperId, DateTimeOffset now, CancellationToken ct)
    {
        // Takes that ran out give their places back.
        await db.Questions.Where(q => q.TakenById == helperId && q.TakeSlot != null && q.TakenUntil <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(q => q.TakeSlot, (int?)null), ct);
        var used = await db.Questions.Where(q => q.TakenById == helperId && q.TakeSlot != null).Select(q => q.TakeSlot!.Value).ToListAsync(ct);
        var free = Enumerable.Range(1, options.MaxTakenAtOnce).Except(used).ToList();
        if (free.Count == 0)
            throw new ConflictException(
                $"You are already answering {used.Count} questions, the most a helper holds at once. Answer or release one of them first.",
                said: Phrase.Of("Problem.TakeCap", used.Count));
        return free;
    }
}

public sealed record TakeResult(int QuestionId, string? TakenById, DateTimeOffset? TakenUntil);
