namespace Forum.Domain.Features.Users;

/// <summary>
/// A helper says which languages they answer questions in: Needs attention then shows them the questions asked in
/// those languages unless they ask for another. None means any language.
/// </summary>
[RequiresMember]
public sealed record ChooseAnswerLanguages(IReadOnlyList<string> Languages) : IRequest<LanguageChoice>;

public sealed class ChooseAnswerLanguagesValidator : AbstractValidator<ChooseAnswerLanguages>
{
    public ChooseAnswerLanguagesValidator(IForumTexts texts) =>
        RuleForEach(x => x.Languages).Must(Common.Languages.IsSupported).ChoosesOne(texts);
}

public sealed class ChooseAnswerLanguagesHandler(IForumDb db, ICurrentUser user) : IRequestHandler<ChooseAnswerLanguages, LanguageChoice>
{
    public async Task<LanguageChoice> Handle(ChooseAnswerLanguages request, CancellationToken cancellationToken)
    {
        var member = await db.CurrentMemberAsync(user, cancellationToken);
        member.AnswerIn(request.Languages ?? []);
        await db.SaveChangesAsync(cancellationToken);
        return new LanguageChoice(member.Language, member.AnswerLanguages);
    }
}
