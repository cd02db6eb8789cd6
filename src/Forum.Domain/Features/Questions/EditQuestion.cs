namespace Forum.Domain.Features.Questions;

/// <summary>Edits a question; <paramref name="ExpectedVersion"/> is the version the editor started from.</summary>
/// <param name="WarnIfRude">Refuse with <see cref="RudeWordsException"/> instead of saving when the text has rude words.</param>
[RequiresMember]
public sealed record EditQuestion(int QuestionId, string Title, string Body, IReadOnlyList<string>? Tags, Guid? ExpectedVersion, bool WarnIfRude = false)
    : IRequest<EditResult>;

public sealed class EditQuestionValidator : AbstractValidator<EditQuestion>
{
    public EditQuestionValidator(IForumTexts texts)
    {
        RuleFor(x => x.Title).ValidTitle(texts);
        RuleFor(x => x.Body).ValidBody(texts);
        RuleFor(x => x.Tags).ValidTags(texts);
    }
}

public sealed class EditQuestionHandler(IForumDb db, ICurrentUser user, TimeProvider clock, IMarkdownRenderer markdown, PostPermissions permissions,
    RespectScreening respect, PostImages images)
    : IRequestHandler<EditQuestion, EditResult>
{
    public async Task<EditResult> Handle(EditQuestion request, CancellationToken cancellationToken)
    {
        var question = await db.Questions.Include(q => q.Tags).FindVisibleQuestionAsync(request.QuestionId, user, cancellationToken);
        await permissions.EnsureCanEditAsync(question, cancellationToken);
        PostRules.EnsureNotArchived(question);
        PostRules.EnsureExpectedVersion(question, request.ExpectedVersion);

        var title = Text.CleanLine(request.Title);
        var body = Text.CleanBody(request.Body);
        var tags = await PostRules.ResolveTagsAsync(db, request.Tags, cancellationToken);
        var rude = respect.Check(request.WarnIfRude, title, body);
        question.Edit(title, Text.Slugify(title), body, markdown.ToSafeHtml(body), tags, clock.GetUtcNow());
        await images.AttachAsync(question, body, cancellationToken);
        if (question.IsAuthoredBy(user.UserId))
            question.AskerReplied(clock.GetUtcNow());
        db.PostRevisions.Add(new PostRevision(question, user.UserId!, title, clock.GetUtcNow()));
        var flagged = await respect.FlagAsync(question, question.Id, rude, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new EditResult(question.Version, flagged);
    }
}

/// <param name="FlaggedAsRude">Saved with rude words: a moderator will look at its wording.</param>
public sealed record EditResult(Guid Version, bool FlaggedAsRude = false);
