namespace Forum.Domain.Features.Answers;

/// <param name="WarnIfRude">Refuse with <see cref="RudeWordsException"/> instead of posting when the text has rude words.</param>
[RequiresMember]
public sealed record PostAnswer(int QuestionId, string Body, bool WarnIfRude = false) : IRequest<PostAnswerResult>;

public sealed class PostAnswerValidator : AbstractValidator<PostAnswer>
{
    public PostAnswerValidator(IForumTexts texts) => RuleFor(x => x.Body).ValidBody(texts);
}

public sealed class PostAnswerHandler(IForumDb db, ICurrentUser user, TimeProvider clock, IMarkdownRenderer markdown, WriteAllowance allowance, PostScreening screening,
    RespectScreening respect, Notifier notifier, PostImages images)
    : IRequestHandler<PostAnswer, PostAnswerResult>
{
    public async Task<PostAnswerResult> Handle(PostAnswer request, CancellationToken cancellationToken)
    {
        var question = await db.FindVisibleQuestionAsync(request.QuestionId, user, cancellationToken);
        if (!question.AcceptsNewAnswers)
            throw new ConflictException("This question is closed to new answers.", said: Phrase.Of("Problem.ClosedToAnswers"));
        var author = await db.CurrentMemberAsync(user, cancellationToken);
        await allowance.EnsureCanAnswerAsync(author.Id, cancellationToken);

        var body = Text.CleanBody(request.Body);
        var rude = respect.Check(request.WarnIfRude, body);
        var held = await screening.HoldReasonAsync(author, body, null, cancellationToken);
        var answer = question.AddAnswer(author, body, markdown.ToSafeHtml(body), clock.GetUtcNow(), held);
        screening.RecordHold(answer);
        await images.AttachAsync(answer, body, cancellationToken);
        var flagged = await respect.FlagAsync(answer, question.Id, rude, cancellationToken);
        if (!answer.IsHeld)
            await notifier.AnswerPostedAsync(question, answer, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new PostAnswerResult(answer.Id, question.Id, question.Slug, answer.IsHeld, flagged);
    }
}

/// <param name="FlaggedAsRude">Posted with rude words: a moderator will look at its wording.</param>
public sealed record PostAnswerResult(int Id, int QuestionId, string QuestionSlug, bool AwaitingReview = false, bool FlaggedAsRude = false);
