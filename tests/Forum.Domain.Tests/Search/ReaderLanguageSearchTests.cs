using System.Globalization;
using MediatR;
using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Faq;
using Forum.Domain.Features.Search;
using Forum.Domain.Features.Voting;
using Forum.Domain.Tests.Faq;
using Forum.Domain.Tests.Harness;

namespace Forum.Domain.Tests.Search;

/// <summary>Search and the Ask page's suggestions give the reader's language first, English as a fallback.</summary>
public sealed class ReaderLanguageSearchTests : IDisposable
{
    private const string TranslatedTitle = "Sync berhenti setelah Anda mengganti password";
    private const string TranslatedBody = "Buka **Pengaturan → Sync**, putuskan perangkat ini, lalu masuk lagi dengan password yang baru.";
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    /// <summary>Sends <paramref name="request"/> as a reader of <paramref name="language"/> (the request's UI culture).</summary>
    private async Task<T> AsReaderOfAsync<T>(string language, IRequest<T> request)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(language);
        try
        {
            return await _forum.SendAsync(null, request);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    /// <summary>The sync article, published in English and translated into Indonesian; both texts say "sync" and "password".</summary>
    private async Task<(FaqSteps Steps, PromotionResult Article)> TranslatedArticleAsync()
    {
        var steps = await new FaqSteps(_forum).WithPeopleAsync();
        var article = await steps.PublishedArticleAsync();
        var english = (await _forum.SendAsync(null, new GetFaqArticle(article.Slug))).Article.CurrentRevisionId;
        var proposed = await _forum.SendAsync(steps.Staff, new ProposeFaqTranslation(article.Slug, Languages.Indonesian, TranslatedTitle, TranslatedBody, "Terjemahan", english), Roles.Staff);
        await _forum.SendAsync(steps.Staff, new ApproveFaqTranslation(proposed.RevisionId), Roles.Staff);
        return (steps, article);
    }

    [Fact]
    public async Task An_indonesian_reader_finds_the_indonesian_translation_of_an_article_and_an_english_reader_the_english_text()
    {
        var (_, article) = await TranslatedArticleAsync();

        var indonesian = await AsReaderOfAsync("id-ID", new SearchForum("sync password", Type: SearchResultType.Faq));
        var english = await AsReaderOfAsync("en-US", new SearchForum("sync password", Type: SearchResultType.Faq));

        var translated = Assert.Single(indonesian.Results);
        Assert.Equal((article.ArticleId, TranslatedTitle, "id"), (translated.Id, translated.Title, translated.Language));
        Assert.EndsWith($"/faq/{article.Slug}/id", translated.Url, StringComparison.Ordinal);
        Assert.Contains("<mark>password</mark>", translated.SnippetHtml, StringComparison.Ordinal);
        var original = Assert.Single(english.Results);
        Assert.Equal((article.ArticleId, FaqSteps.SyncTitle, "en"), (original.Id, original.Title, original.Language));
    }

    [Fact]
    public async Task An_article_whose_translation_does_not_match_is_found_in_english_by_an_indonesian_reader()
    {
        var (_, article) = await TranslatedArticleAsync();

        var found = await AsReaderOfAsync("id-ID", new SearchForum("stopped working", Type: SearchResultType.Faq));

        Assert.Equal((article.ArticleId, FaqSteps.SyncTitle, "en"), (Assert.Single(found.Results).Id, found.Results[0].Title, found.Results[0].Language));
    }

    [Fact]
    public async Task Questions_in_the_reader_language_come_before_better_matches_in_another()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var english = (await _forum.SendAsync(asker, Samples.Question("Printer driver crashes when printing a printer test page") with { Language = Languages.English })).Id;
        var indonesian = (await _forum.SendAsync(asker, Samples.Question("Aplikasi tertutup saat mencetak dengan printer kantor") with { Language = Languages.Indonesian })).Id;
        foreach (var i in Enumerable.Range(0, 3))
            await _forum.SendAsync(await _forum.CreateMemberAsync($"voter{i}", reputation: 200), new CastVote(PostType.Question, english, 1));

        var forIndonesian = await AsReaderOfAsync("id", new SearchForum("printer", Type: SearchResultType.Question));
        var forEnglish = await AsReaderOfAsync("en", new SearchForum("printer", Type: SearchResultType.Question));

        Assert.Equal([indonesian, english], forIndonesian.Results.Select(r => r.Id));
        Assert.Equal([english, indonesian], forEnglish.Results.Select(r => r.Id));
    }

    [Fact]
    public async Task The_ask_page_suggests_the_reader_language_first_and_the_translation_of_an_article()
    {
        var (_, article) = await TranslatedArticleAsync();

        var forIndonesian = await AsReaderOfAsync("id-ID", new SuggestForTitle("sync password"));
        var forEnglish = await AsReaderOfAsync("en", new SuggestForTitle("sync password"));

        var first = forIndonesian[0];
        Assert.Equal((SuggestionKind.Faq, article.ArticleId, TranslatedTitle, "id"), (first.Kind, first.Id, first.Title, first.Language));
        Assert.EndsWith($"/faq/{article.Slug}/id", first.Url, StringComparison.Ordinal);
        Assert.DoesNotContain(forIndonesian, s => s.Kind == SuggestionKind.Faq && s.Language == Languages.English);
        Assert.Equal((SuggestionKind.Faq, FaqSteps.SyncTitle), (forEnglish[0].Kind, forEnglish[0].Title));
    }
}
