namespace Forum.Domain.Features.Questions;

[RequiresMember]
/// <param name="SuggestionsSeen">Suggestions ("faq:12", "question:34") the Ask page showed before posting.</param>
/// <param name="SuggestionsOpened">Those of them the asker opened.</param>
/// <param name="WarnIfRude">Refuse with <see cref="RudeWordsException"/> instead of posting when the text has rude words.</param>
/// <param name="Language">The language the question is in; by default the one the forum speaks to the asker.</param>
public sealed record AskQuestion(string Title, string Body, string Category, IReadOnlyList<string>? Tags,
    IReadOnlyList<string>? SuggestionsSeen = null, IReadOnlyList<string>? SuggestionsOpened = null, bool WarnIfRude = false,
    string? Language = null) : IRequest<AskQuestionResult>;

public sealed class AskQuestionValidator : AbstractValidator<AskQuestion>
{
    public AskQuestionValidator(IForumTexts texts)
    {
        RuleFor(x => x.Title).ValidTitle(texts);
        RuleFor(x => x.Body).ValidBody(texts);
        RuleFor(x => x.Category).NotEmpty().Says(texts, "Validation.Ask.Category");
        RuleFor(x => x.Tags).ValidTags(texts);
        RuleFor(x => x.SuggestionsSeen).ValidSuggestionKeys(texts);
        RuleFor(x => x.SuggestionsOpened).ValidSuggestionKeys(texts);
        RuleFor(x => x.Language).ValidLanguage(texts);
    }
}

public sealed class AskQuestionHandler(IForumDb db, ICurrentUser user, TimeProvider clock, IMarkdownRenderer markdown, WriteAllowance allowance,
    PostScreening screening, RespectScreening respect, ResponseExpectations expectations, Notifier notifier, PostImages images, IForumTexts texts)
    : IRequestHandler<AskQuestion, AskQuestionResult>
{
    public async Task<AskQuestionResult> Handle(AskQuestion request, CancellationToken cancellationToken)
    {
        var category = await db.Categories.SingleOrDefaultAsync(c => c.Slug == request.Category, cancellationToken)
            ?? throw new RuleViolationException(nameof(request.Category), $"There is no category '{request.Category}'.", Phrase.Of("Problem.NoSuchCategory", request.Category));
        var author = await db.CurrentMemberAsync(user, cancellationToken);
        await allowance.EnsureCanAskAsync(author.Id, cancellationToken);

        var title = Text.CleanLine(request.Title);
        var body = Text.CleanBody(request.Body);
        var tags = await PostRules.ResolveTagsAsync(db, request.Tags, cancellationToken);
        var rude = respect.Check(request.WarnIfRude, title, body);
        var question = new Question(author, category, title, Text.Slugify(title), body, markdown.ToSafeHtml(body), tags, clock.GetUtcNow(), request.Language);
        if (await screening.HoldReasonAsync(author, body, title, cancellationToken) is { } held)
            question.HoldForReview(held, clock.GetUtcNow());
        db.Questions.Add(question);
        await images.AttachAsync(question, body, cancellationToken);
        screening.RecordHold(question);
        var flagged = await respect.FlagAsync(question, question.Id, rude, cancellationToken);
        await SuggestionTrail.RecordAsync(db, question, request.SuggestionsSeen, request.SuggestionsOpened, cancellationToken);
        var acknowledgement = await expectations.DescribeAsync(question.AskerTier, category.Id, category.Name, cancellationToken);
        await notifier.QuestionAskedAsync(question, author, acknowledgement, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new AskQuestionResult(question.Id, question.Slug, acknowledgement.In(question.Language, texts), question.IsHeld, flagged);
    }
}

/// <param name="Acknowledgement">What the asker can expect (the recent median time to a first response, staff hours), in the question's language.</param>
/// <param name="AwaitingReview">Held for a moderator's approval before anyone else sees it.</param>
/// <param name="FlaggedAsRude">Posted with rude words: a moderator will look at its wording.</param>
public sealed record AskQuestionResult(int Id, string Slug, string Acknowledgement, bool AwaitingReview = false, bool FlaggedAsRude = false);
