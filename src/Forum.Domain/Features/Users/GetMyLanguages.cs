namespace Forum.Domain.Features.Users;

/// <summary>The signed-in member's languages: the one the forum speaks to them in, and those they answer in.</summary>
[RequiresMember]
public sealed record GetMyLanguages : IRequest<LanguageChoice>;

public sealed class GetMyLanguagesHandler(IForumDb db, ICurrentUser user) : IRequestHandler<GetMyLanguages, LanguageChoice>
{
    public async Task<LanguageChoice> Handle(GetMyLanguages request, CancellationToken cancellationToken)
    {
        var member = await db.CurrentMemberAsync(user, cancellationToken);
        return new LanguageChoice(member.Language, member.AnswerLanguages);
    }
}
