namespace Forum.Domain.Features.Users;

/// <summary>
/// The signed-in member chooses the language the forum speaks to them in: its pages on every device they sign in on,
/// and the notifications and emails it sends them from now on.
/// </summary>
[RequiresMember]
public sealed record ChooseLanguage(string Language) : IRequest<LanguageChoice>;

public sealed class ChooseLanguageValidator : AbstractValidator<ChooseLanguage>
{
    public ChooseLanguageValidator(IForumTexts texts) => RuleFor(x => x.Language).Must(Languages.IsSupported).ChoosesOne(texts);
}

public sealed class ChooseLanguageHandler(IForumDb db, ICurrentUser user) : IRequestHandler<ChooseLanguage, LanguageChoice>
{
    public async Task<LanguageChoice> Handle(ChooseLanguage request, CancellationToken cancellationToken)
    {
        var member = await db.CurrentMemberAsync(user, cancellationToken);
        member.SpeakIn(request.Language);
        await db.SaveChangesAsync(cancellationToken);
        return new LanguageChoice(member.Language, member.AnswerLanguages);
    }
}

/// <param name="Language">The language the forum speaks to the member in.</param>
/// <param name="AnswerLanguages">The languages they answer questions in; empty for any.</param>
public sealed record LanguageChoice(string Language, IReadOnlyList<string> AnswerLanguages);
