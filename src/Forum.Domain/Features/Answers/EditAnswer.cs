namespace Forum.Domain.Features.Answers;

/// <param name="WarnIfRude">Refuse with <see cref="RudeWordsException"/> instead of saving when the text has rude words.</param>
[RequiresMember]
public sealed record EditAnswer(int AnswerId, string Body, Guid? ExpectedVersion, bool WarnIfRude = false) : IRequest<EditResult>;

public sealed class EditAnswerValidator : AbstractValidator<EditAnswer>
{
    public EditAnswerValidator(IForumTexts texts) => RuleFor(x => x.Body).ValidBody(texts);
}

public sealed class EditAnswerHandler(IForumDb db, ICurrentUser user, TimeProvider clock, IMarkdownRenderer markdown, PostPermissions permissions,
    RespectScreening respect, PostImages images)
    : IRequestHandler<EditAnswer, EditResult>
{
    public async Task<EditResult> Handle(EditAnswer request, CancellationToken cancellationToken)
    {
        var answer = await db.FindVisibleAnswerAsync(request.AnswerId, user, cancellationToken);
        await permissions.EnsureCanEditAsync(answer, cancellationToken);
        PostRules.EnsureNotArchived(answer.Question!);
        PostRules.EnsureExpectedVersion(answer, request.ExpectedVersion);

        var body = Text.CleanBody(request.Body);
        var rude = respect.Check(request.WarnIfRude, body);
        answer.Edit(body, markdown.ToSafeHtml(body), clock.GetUtcNow());
        await images.AttachAsync(answer, body, cancellationToken);
        db.PostRevisions.Add(new PostRevision(answer, user.UserId!, null, clock.GetUtcNow()));
        var flagged = await respect.FlagAsync(answer, answer.QuestionId, rude, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new EditResult(answer.Version, flagged);
    }
}
