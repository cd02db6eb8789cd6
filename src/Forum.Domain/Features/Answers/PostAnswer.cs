using FluentValidation;
using Forum.Domain.Common;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Notifications;
using Forum.Domain.Features.Questions;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Features.Answers;

[Authorize]
public sealed record PostAnswer(int QuestionId, string Body) : IRequest<PostAnswerResult>;

public sealed class PostAnswerValidator : AbstractValidator<PostAnswer>
{
    public PostAnswerValidator() => RuleFor(x => x.Body).ValidBody();
}

public sealed class PostAnswerHandler(IForumDb db, ICurrentUser user, IClock clock, IMarkdownRenderer markdown, WriteAllowance allowance, PostScreening screening, Notifier notifier)
    : IRequestHandler<PostAnswer, PostAnswerResult>
{
    public async Task<PostAnswerResult> Handle(PostAnswer request, CancellationToken cancellationToken)
    {
        var question = await db.Questions.Where(q => q.Id == request.QuestionId).VisibleTo(user).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("The question");
        if (!question.AcceptsNewAnswers)
            throw new ConflictException("This question is closed to new answers.");
        var author = await db.CurrentMemberAsync(user, cancellationToken);
        await allowance.EnsureCanAnswerAsync(author.Id, cancellationToken);

        var body = Text.CleanBody(request.Body);
        var held = await screening.HoldReasonAsync(author, body, null, cancellationToken);
        var answer = question.AddAnswer(author, body, markdown.ToSafeHtml(body), clock.UtcNow, held);
        screening.RecordHold(answer);
        if (!answer.IsHeld)
            await notifier.AnswerPostedAsync(question, author, body, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new PostAnswerResult(answer.Id, question.Id, question.Slug, answer.IsHeld);
    }
}

public sealed record PostAnswerResult(int Id, int QuestionId, string QuestionSlug, bool AwaitingReview = false);
