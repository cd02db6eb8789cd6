namespace Forum.Domain.Features.Questions;

/// <summary>"I have this problem too": counted once per member; the asker's own question does not count.</summary>
[RequiresMember]
public sealed record SayMeToo(int QuestionId) : IRequest<MeTooResult>;

public sealed class SayMeTooHandler(IForumDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<SayMeToo, MeTooResult>
{
    public async Task<MeTooResult> Handle(SayMeToo request, CancellationToken cancellationToken)
    {
        var question = await db.FindVisibleQuestionAsync(request.QuestionId, user, cancellationToken);
        if (question.IsAuthoredBy(user.UserId))
            throw new ForbiddenException("You asked this question, so you already have this problem.", Phrase.Of("Problem.MeTooOwnQuestion"));
        if (!question.IsPublic)
            throw new ConflictException("This question is not public, so it takes no \"me too\".", said: Phrase.Of("Problem.MeTooNotPublic"));
        var already = await db.MeToos.AnyAsync(m => m.QuestionId == question.Id && m.MemberId == user.UserId, cancellationToken);
        if (!already)
        {
            db.MeToos.Add(new MeToo(question, user.UserId!, clock.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
        }
        return new MeTooResult(question.MeTooCount, true);
    }
}

public sealed record MeTooResult(int MeTooCount, bool IncludesMe);
