using System.Net;
using System.Net.Http.Json;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Hosting;

/// <summary>
/// Which language a page or an API error is in: the browser's Accept-Language, the language switch (a cookie, and for a
/// member their profile), and the output cache keeping each language's page apart.
/// </summary>
public sealed class LanguageTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private static async Task<string> PageAsync(HttpClient client, string path, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptLanguage is not null)
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    private static Task<HttpResponseMessage> SwitchAsync(HttpClient client, string language, string returnUrl, string? token = null)
    {
        var fields = new Dictionary<string, string> { ["language"] = language, ["returnUrl"] = returnUrl };
        if (token is not null)
            fields["__RequestVerificationToken"] = token;
        return client.PostAsync("/language", new FormUrlEncodedContent(fields));
    }

    /// <param name="acceptLanguage">What the browser asked for when the member signed up, which becomes their profile's language.</param>
    private async Task<(HttpClient Browser, string Email)> NewMemberBrowserAsync(string? acceptLanguage = null)
    {
        var email = $"rina-{Guid.NewGuid():N}@forum.test";
        using var register = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/register")
        {
            Content = JsonContent.Create(new { email, password = BrowserSignIn.Password }),
        };
        if (acceptLanguage is not null)
            register.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        (await forum.CreateClient().SendAsync(register)).EnsureSuccessStatusCode();
        return (await forum.SignedInBrowserAsync(email), email);
    }

    [Fact]
    public async Task A_page_is_in_the_language_the_browser_asks_for_and_says_so_in_html_lang()
    {
        var visitor = forum.CreateClient();

        var english = await PageAsync(visitor, "/faq");
        var indonesian = await PageAsync(visitor, "/faq", "id-ID,id;q=0.9,en;q=0.5");
        var unknown = await PageAsync(visitor, "/faq", "fr-FR");

        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains("community support: ask, answer, and help each other.", english);
        Assert.Contains("<html lang=\"id\">", indonesian);
        Assert.Contains("dukungan komunitas: bertanya, menjawab, dan saling membantu.", indonesian);
        Assert.Contains(">Ajukan pertanyaan</a>", indonesian);
        Assert.Contains("<html lang=\"en\">", unknown);
    }

    [Fact]
    public async Task The_output_cache_keeps_a_page_per_language()
    {
        var visitor = forum.CreateClient();

        // The same anonymous page, asked for in turn: each language gets its own, never the other's cached copy.
        var first = await PageAsync(visitor, "/categories", "id");
        var second = await PageAsync(visitor, "/categories", "en");
        var third = await PageAsync(visitor, "/categories", "id");

        Assert.Contains("<html lang=\"id\">", first);
        Assert.Contains("<html lang=\"en\">", second);
        Assert.Contains("<html lang=\"id\">", third);
    }

    [Fact]
    public async Task A_visitor_switches_language_without_scripts_and_the_choice_beats_accept_language()
    {
        var visitor = forum.CreateClient(new() { AllowAutoRedirect = false });
        var page = await PageAsync(visitor, "/faq?x=1");
        Assert.Contains("action=\"/language\"", page);
        Assert.DoesNotContain("__RequestVerificationToken", page[page.IndexOf("action=\"/language\"", StringComparison.Ordinal)..]);

        var switched = await SwitchAsync(visitor, "id", "/faq?x=1");

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/faq?x=1", switched.Headers.Location?.OriginalString);
        Assert.Contains(switched.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=c%3Did%7Cuic%3Did", StringComparison.Ordinal));
        Assert.Contains("<html lang=\"id\">", await PageAsync(visitor, "/faq", "en-US"));
    }

    [Theory]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    [InlineData("")]
    public async Task The_switch_only_returns_to_a_page_of_the_forum(string returnUrl)
    {
        var visitor = forum.CreateClient(new() { AllowAutoRedirect = false });

        var switched = await SwitchAsync(visitor, "en", returnUrl);

        Assert.Equal("/", switched.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("")]
    public async Task A_language_the_forum_does_not_speak_is_refused(string language)
    {
        var visitor = forum.CreateClient(new() { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.BadRequest, (await SwitchAsync(visitor, language, "/")).StatusCode);
    }

    [Fact]
    public async Task A_members_switch_needs_the_form_token_and_their_language_follows_them_to_another_browser()
    {
        var (browser, email) = await NewMemberBrowserAsync();

        Assert.Equal(HttpStatusCode.BadRequest, (await SwitchAsync(browser, "id", "/")).StatusCode);
        var page = await PageAsync(browser, "/faq");
        var switched = await SwitchAsync(browser, "id", "/faq", FormTokens.Of(page));
        Assert.Equal(HttpStatusCode.OK, switched.StatusCode); // followed back to the page
        Assert.Contains("<html lang=\"id\">", await switched.Content.ReadAsStringAsync());

        // Another browser, without the switch's cookie and asking for English: the member's profile decides.
        var elsewhere = await forum.SignedInBrowserAsync(email);
        Assert.Contains("<html lang=\"id\">", await PageAsync(elsewhere, "/faq", "en-US"));
    }

    [Fact]
    public async Task Api_errors_have_their_title_in_the_language_of_accept_language()
    {
        var client = forum.CreateClient();

        using var indonesian = new HttpRequestMessage(HttpMethod.Get, "/api/v1/questions/987654321");
        indonesian.Headers.AcceptLanguage.ParseAdd("id-ID");
        var missing = await (await client.SendAsync(indonesian)).JsonAsync(HttpStatusCode.NotFound);
        using var unknownAddress = new HttpRequestMessage(HttpMethod.Get, "/api/v1/no-such-thing");
        unknownAddress.Headers.AcceptLanguage.ParseAdd("id");
        var unknown = await client.SendAsync(unknownAddress);
        var english = await (await client.GetAsync("/api/v1/questions/987654321")).JsonAsync(HttpStatusCode.NotFound);

        Assert.Equal("Tidak ditemukan.", missing.GetProperty("title").GetString());
        Assert.Equal("id", unknown.Content.Headers.ContentLanguage.Single());
        Assert.Equal("Tidak ditemukan.", (await unknown.JsonAsync(HttpStatusCode.NotFound)).GetProperty("title").GetString());
        Assert.Equal("Not found.", english.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_question_keeps_the_language_it_was_asked_in_and_the_lists_filter_by_it()
    {
        var asker = await forum.NewMemberAsync("rina");
        var word = ApiCalls.UniqueWord();
        var id = await asker.AskAsync(new
        {
            title = $"Aplikasi menampilkan jendela kosong {word}", body = "Setelah pembaruan terakhir, aplikasi desktop hanya menampilkan jendela kosong.",
            category = "desktop-app", tags = new[] { "startup" }, language = "id",
        });

        var indonesian = await (await asker.GetAsync("/api/v1/questions?language=id&pageSize=50")).JsonAsync(HttpStatusCode.OK);
        var english = await (await asker.GetAsync("/api/v1/questions?language=en&pageSize=50")).JsonAsync(HttpStatusCode.OK);
        var page = await PageAsync(forum.CreateClient(), "/questions?language=id", "id");

        Assert.Contains(indonesian.GetProperty("items").EnumerateArray(), q => q.GetProperty("id").GetInt32() == id && q.GetProperty("language").GetString() == "id");
        Assert.DoesNotContain(english.GetProperty("items").EnumerateArray(), q => q.GetProperty("id").GetInt32() == id);
        Assert.Contains(word, page);
        Assert.DoesNotContain(word, await PageAsync(forum.CreateClient(), "/questions?language=en"));
        Assert.Equal(HttpStatusCode.BadRequest, (await forum.CreateClient().GetAsync("/questions?language=xx")).StatusCode);
    }

    [Fact]
    public async Task A_member_reads_the_forum_in_the_language_they_signed_up_in_and_the_ask_page_offers_it_for_the_question()
    {
        var (browser, _) = await NewMemberBrowserAsync("id-ID");

        var page = await PageAsync(browser, "/questions/ask", "en-US");

        Assert.Contains("<html lang=\"id\">", page);
        Assert.Contains("<option value=\"id\" lang=\"id\" selected=\"selected\">Bahasa Indonesia</option>", page);
    }

    [Theory]
    [InlineData("en-US", "<code>1.</code> lists,")]
    [InlineData("id-ID", "<code>1.</code> daftar,")]
    public async Task The_formatting_help_under_the_editor_reads_as_one_list_in_each_language(string language, string listItem)
    {
        var (browser, _) = await NewMemberBrowserAsync(language);

        var page = await PageAsync(browser, "/questions/ask");

        Assert.Contains(listItem, page);
        Assert.DoesNotContain(listItem + ",", page);
    }

    [Fact]
    public async Task A_member_chooses_their_language_and_the_languages_they_answer_in_on_their_settings_page()
    {
        var (browser, _) = await NewMemberBrowserAsync();
        var form = await PageAsync(browser, "/settings/languages");

        var saved = await browser.PostAsync("/settings/languages", new FormUrlEncodedContent(
        [
            new("language", "id"), new("answerIn", "id"), new("answerIn", "en"), new("__RequestVerificationToken", FormTokens.Of(form)),
        ]));
        var refused = await browser.PostAsync("/settings/languages", new FormUrlEncodedContent(
        [
            new("language", "id"), new("answerIn", "fr"), new("__RequestVerificationToken", FormTokens.Of(form)),
        ]));

        var page = await saved.Content.ReadAsStringAsync();
        Assert.Contains("<html lang=\"id\">", page);
        Assert.Contains("Bahasa Anda telah disimpan.", page);
        Assert.Contains("id=\"answer-in-id\" name=\"answerIn\" value=\"id\" checked=\"checked\"", page);
        Assert.Contains("id=\"answer-in-en\" name=\"answerIn\" value=\"en\" checked=\"checked\"", page);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("alert-danger", await refused.Content.ReadAsStringAsync());
    }
}
