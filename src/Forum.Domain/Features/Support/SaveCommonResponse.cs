namespace Forum.Domain.Features.Support;

/// <summary>Staff create (<paramref name="Id"/> null) or change a common response; no category means every category.</summary>
[RequiresMember(Roles = Roles.StaffOrAdmin)]
public sealed record SaveCommonResponse(int? Id, string Title, string Body, string? Category) : IRequest<CommonResponseItem>;

public sealed class SaveCommonResponseValidator : AbstractValidator<SaveCommonResponse>
{
    public SaveCommonResponseValidator(IForumTexts texts)
    {
        RuleFor(x => x.Title).Must(t => Text.CleanLine(t).Length is >= 3 and <= CommonResponse.TitleMax)
            .Says(texts, "Validation.CommonResponse.Title", 3, CommonResponse.TitleMax);
        RuleFor(x => x.Body).Must(b => Text.CleanBody(b).Length is >= 10 and <= CommonResponse.BodyMax)
            .Says(texts, "Validation.CommonResponse.Body", 10, CommonResponse.BodyMax);
    }
}

public sealed class SaveCommonResponseHandler(IForumDb db, ICurrentUser user, TimeProvider clock, IMarkdownRenderer markdown) : IRequestHandler<SaveCommonResponse, CommonResponseItem>
{
    public async Task<CommonResponseItem> Handle(SaveCommonResponse request, CancellationToken cancellationToken)
    {
        Category? category = null;
        if (!string.IsNullOrEmpty(request.Category))
            category = await db.Categories.SingleOrDefaultAsync(c => c.Slug == request.Category, cancellationToken)
                ?? throw new RuleViolationException(nameof(request.Category), $"There is no category '{request.Category}'.", Phrase.Of("Problem.NoSuchCategory", request.Category));
        var title = Text.CleanLine(request.Title);
        var body = Text.CleanBody(request.Body);
        // Rendered before anything is written: a text the renderer refuses (nested too deeply) is refused here.
        var html = markdown.ToSafeHtml(body);
        CommonResponse response;
        if (request.Id is { } id)
        {
            response = await db.CommonResponses.SingleOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new NotFoundException("The common response");
            response.Change(title, body, category, user.UserId!, clock.GetUtcNow());
        }
        else
        {
            response = new CommonResponse(title, body, category, user.UserId!, clock.GetUtcNow());
            db.CommonResponses.Add(response);
        }
        await db.SaveChangesAsync(cancellationToken);
        return new CommonResponseItem(response.Id, response.Title, response.BodyMarkdown, html, category?.Slug, category?.Name, response.UpdatedAt);
    }
}
