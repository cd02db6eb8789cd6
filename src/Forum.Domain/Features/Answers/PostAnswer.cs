using FluentValidation;
using Forum.Domain.Common;
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

public sealed class PostAnswerHandler(IForumDb db, ICurrentUser user, IClock clock, IMarkdownRenderer markdown, WriteAllowance allowance, Notifier notifier)
    : IRequestHandler<PostAnswer, PostAnswerResult>
{
    public async Task<PostAnswerResult> Handle(PostAnswer request, CancellationToken cancellationToken)
    {
        var question = await db.Questions.SingleOrDefaultAsync(q => q.Id == request.QuestionId && q.DeletedAt == null, cancellationToken)
            ?? throw new NotFoundException("The question");
        if (!question.AcceptsNewAnswers)
            throw new ConflictException("This question is closed to new answers.");
        var author = await db.CurrentMemberAsync(user, cancellationToken);
        await allowance.EnsureCanAnswerAsync(author.Id, cancellationToken);

        var body = Text.CleanBody(request.Body);
        var answer = question.AddAnswer(author, body, markdown.ToSafeHtml(body), clock.UtcNow);
        await notifier.AnswerPostedAsync(question, author, body, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new PostAnswerResult(answer.Id, question.Id, question.Slug);
    }
}

public sealed record PostAnswerResult(int Id, int QuestionId, string QuestionSlug);
