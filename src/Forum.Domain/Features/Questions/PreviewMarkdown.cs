namespace Forum.Domain.Features.Questions;

/// <summary>Renders a draft the way it will be stored, for the editor's live preview.</summary>
public sealed record PreviewMarkdown(string Markdown) : IRequest<string>;

public sealed class PreviewMarkdownValidator : AbstractValidator<PreviewMarkdown>
{
    public PreviewMarkdownValidator(IForumTexts texts) =>
        RuleFor(x => x.Markdown).Must(m => (m ?? "").Length <= PostRules.BodyMax)
            .Says(texts, "Validation.Post.TooLong", PostRules.BodyMax);
}

public sealed class PreviewMarkdownHandler(IMarkdownRenderer markdown) : IRequestHandler<PreviewMarkdown, string>
{
    public Task<string> Handle(PreviewMarkdown request, CancellationToken cancellationToken)
    {
        try
        {
            return Task.FromResult(markdown.ToSafeHtml(Text.CleanBody(request.Markdown)));
        }
        catch (RuleViolationException ex)
        {
            throw new RuleViolationException(nameof(request.Markdown), ex.Message, ex.Said);
        }
    }
}
