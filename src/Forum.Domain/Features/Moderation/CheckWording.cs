namespace Forum.Domain.Features.Moderation;

/// <summary>
/// The editors' live respect hint (and an API client's check before posting): which words of a draft would bring the
/// gentle warning. Posting is what decides; this only tells early.
/// </summary>
public sealed record CheckWording(string? Text) : IRequest<WordingCheck>;

public sealed class CheckWordingValidator : AbstractValidator<CheckWording>
{
    public CheckWordingValidator(IForumTexts texts) =>
        RuleFor(x => x.Text).Must(t => (t ?? "").Length <= PostRules.BodyMax + PostRules.TitleMax)
            .Says(texts, "Validation.Post.TooLong", PostRules.BodyMax);
}

public sealed class CheckWordingHandler(RudeWords rudeWords, IForumTexts texts) : IRequestHandler<CheckWording, WordingCheck>
{
    public Task<WordingCheck> Handle(CheckWording request, CancellationToken cancellationToken)
    {
        var words = rudeWords.Find(request.Text);
        return Task.FromResult(new WordingCheck(words, words.Count == 0 ? null : new RudeWordsException(words).Said.In(Languages.Current, texts)));
    }
}

/// <param name="Warning">The gentle warning posting would bring; null when the wording is fine.</param>
public sealed record WordingCheck(IReadOnlyList<string> RudeWords, string? Warning);
