namespace Forum.Web.Pages.Faq;

/// <summary>
/// An FAQ article in another language, at its own address (<c>/faq/{slug}/id</c>): readers of an out-of-date translation
/// are pointed to the current English text.
/// </summary>
public sealed class TranslationModel(IMediator mediator) : ForumPageModel(mediator)
{
    public FaqTranslationPage Data { get; private set; } = null!;
    public IReadOnlyList<ArticleTranslation> Translations { get; private set; } = [];

    public async Task OnGetAsync(string slug, string language)
    {
        Data = await Mediator.Send(new GetFaqTranslation(slug, language), HttpContext.RequestAborted);
        Translations = await Mediator.Send(new ListArticleTranslations(slug), HttpContext.RequestAborted);
    }
}
