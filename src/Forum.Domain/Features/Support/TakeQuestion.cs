using Forum.Domain.Common;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Features.Support;

/// <summary>A helper takes a question for a few minutes ("Bob is answering") so that two helpers don't race on it.</summary>
[Authorize]
public sealed record TakeQuestion(int QuestionId) : IRequest<TakeResult>;

public sealed class TakeQuestionHandler(IForumDb db, ICurrentUser user, IClock clock, SupportOptions options) : IRequestHandler<TakeQuestion, TakeResult>
{
    public async Task<TakeResult> Handle(TakeQuestion request, CancellationToken cancellationToken)
    {
        var question = await db.Questions.Include(q => q.TakenBy)
            .SingleOrDefaultAsync(q => q.Id == request.QuestionId && q.DeletedAt == null, cancellationToken)
            ?? throw new NotFoundException("The question");
        if (question.IsAuthoredBy(user.UserId))
            throw new ConflictException("You cannot take your own question.");
        if (question.IsTakenByOtherThan(user.UserId, clock.UtcNow))
            throw new ConflictException($"{question.TakenBy!.DisplayName} is answering this question until {question.TakenUntil:HH:mm} UTC.");
        question.Take(user.UserId!, clock.UtcNow, options.TakeDuration);
        await db.SaveChangesAsync(cancellationToken);
        return new TakeResult(question.Id, question.TakenById, question.TakenUntil);
    }
}

public sealed record TakeResult(int QuestionId, string? TakenById, DateTimeOffset? TakenUntil);
