using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Forum.Web.Tests.Harness;
using static Forum.Web.Tests.Harness.ReaderLanguage;

namespace Forum.Web.Tests.Hosting;

/// <summary>
/// What the use cases say with values in it (a broken field rule, a validation message, a clash naming a helper and a
/// time, a write limit, the names of email preferences, the forum's own audit notes) reaches an Indonesian reader in
/// Indonesian, with numbers and times in their culture, in the API's ProblemDetails and on the pages alike; an English
/// reader still reads English.
/// </summary>
public sealed class ReaderLanguageMessagesTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private static string[] Errors(JsonElement problem, string field) =>
        [.. problem.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!)];

    /// <summary>The reader chooses Indonesian with the language switch (its cookie beats their profile's language).</summary>
    private static async Task ReadInIndonesianAsync(HttpClient client)
    {
        var page = await client.GetStringAsync("/faq");
        var switched = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["language"] = "id", ["returnUrl"] = "/faq", ["__RequestVerificationToken"] = FormTokens.Of(page),
        }));
        switched.EnsureSuccessStatusCode();
        Assert.Contains("<html lang=\"id\">", await client.GetStringAsync("/faq"));
    }

    private static async Task<string> PostAskFormAsync(HttpClient client, string title, string category)
    {
        var page = await client.GetStringAsync("/questions/ask");
        var response = await client.PostAsync("/questions/ask", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Body"] = "The window stays white after the update, even after a restart of the computer.",
            ["Input.Category"] = category,
            ["__RequestVerificationToken"] = FormTokens.Of(page),
        }));
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_broken_field_rule_is_explained_in_Indonesian_in_the_api_and_on_the_ask_form()
    {
        var member = await forum.NewMemberAsync();
        var question = ApiCalls.NewQuestion(category: "no-such-category");

        var inIndonesian = await (await member.SendAsync(In("id-ID", HttpMethod.Post, "/api/v1/questions", question))).JsonAsync(HttpStatusCode.BadRequest);
        var inEnglish = await (await member.SendAsync(In("en", HttpMethod.Post, "/api/v1/questions", question))).JsonAsync(HttpStatusCode.BadRequest);
        await ReadInIndonesianAsync(member);
        var form = await PostAskFormAsync(member, "Blank window after the latest update", "no-such-category");
        var untitled = await PostAskFormAsync(member, "", "desktop-app");

        Assert.Equal(["Tidak ada kategori 'no-such-category'."], Errors(inIndonesian, "category"));
        Assert.Equal(["There is no category 'no-such-category'."], Errors(inEnglish, "category"));
        Assert.Contains("Tidak ada kategori 'no-such-category'.", form);
        Assert.Contains("Judul harus terdiri dari 15 sampai 150 karakter.", untitled);
        Assert.DoesNotContain("The title must be", untitled);
    }

    [Fact]
    public async Task A_rules_own_message_is_in_Indonesian_with_numbers_in_the_readers_culture()
    {
        var member = await forum.NewMemberAsync();
        var question = await member.AskAsync();
        var tooLong = new { markdown = new string('a', 30_001) };

        var vote = await (await member.SendAsync(In("id", HttpMethod.Post, $"/api/v1/questions/{question}/vote", new { value = 5 }))).JsonAsync(HttpStatusCode.BadRequest);
        var preview = await (await member.SendAsync(In("id", HttpMethod.Post, "/api/v1/markdown/preview", tooLong))).JsonAsync(HttpStatusCode.BadRequest);
        var previewInEnglish = await (await member.SendAsync(In("en", HttpMethod.Post, "/api/v1/markdown/preview", tooLong))).JsonAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["Suara adalah 1 (naik), -1 (turun), atau 0 (tarik kembali)."], Errors(vote, "value"));
        Assert.Equal(["Postingan paling banyak 30.000 karakter."], Errors(preview, "markdown"));
        Assert.Equal(["A post can be at most 30,000 characters."], Errors(previewInEnglish, "markdown"));
    }

    [Fact]
    public async Task A_clash_naming_the_helper_and_the_time_is_said_in_Indonesian()
    {
        var question = await (await forum.NewMemberAsync()).AskAsync();
        var bob = await forum.SignedInClientAsync("bob@forum.local");
        var staff = await forum.SignedInClientAsync("staff@forum.local");
        await (await bob.PostAsync($"/api/v1/questions/{question}/take", null)).JsonAsync(HttpStatusCode.OK);

        var inIndonesian = await (await staff.SendAsync(In("id", HttpMethod.Post, $"/api/v1/questions/{question}/take"))).JsonAsync(HttpStatusCode.Conflict);
        var inEnglish = await (await staff.SendAsync(In("en", HttpMethod.Post, $"/api/v1/questions/{question}/take"))).JsonAsync(HttpStatusCode.Conflict);

        Assert.Matches(@"^\S.* sedang menjawab pertanyaan ini hingga pukul \d\d\.\d\d UTC\.$", inIndonesian.GetProperty("detail").GetString());
        Assert.Matches(@"^\S.* is answering this question until \d\d:\d\d UTC\.$", inEnglish.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_write_limit_is_explained_in_Indonesian()
    {
        var question = await (await forum.NewMemberAsync()).AskAsync();
        var helper = await forum.NewMemberAsync();
        string[] steps = ["Clear the cache folder", "Turn off the graphics acceleration", "Reinstall the latest version", "Start in safe mode"];
        foreach (var step in steps)
            await helper.AnswerAsync(question, $"{step} while the app is closed, then start it again and tell us what you see.");

        var refused = await helper.SendAsync(In("id", HttpMethod.Post, $"/api/v1/questions/{question}/answers",
            new { body = "Remove the old profile while the app is closed, then start it again and tell us what you see." }));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
        Assert.Equal("Anda dapat mengirim paling banyak 4 jawaban per menit. Silakan coba lagi nanti.",
            (await refused.JsonAsync(HttpStatusCode.TooManyRequests)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Email_preferences_are_named_in_the_readers_language()
    {
        var member = await forum.NewMemberAsync();

        var inIndonesian = await (await member.SendAsync(In("id", HttpMethod.Get, "/api/v1/notifications/email-preferences"))).JsonAsync(HttpStatusCode.OK);
        var inEnglish = await (await member.SendAsync(In("en", HttpMethod.Get, "/api/v1/notifications/email-preferences"))).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("Pertanyaan saya diterima", inIndonesian[0].GetProperty("description").GetString());
        Assert.Equal("My question was received", inEnglish[0].GetProperty("description").GetString());
    }

    [Fact]
    public async Task The_forums_own_audit_notes_are_read_in_the_moderators_language()
    {
        var spammer = await forum.NewMemberAsync();
        var question = await spammer.AskAsync(ApiCalls.NewQuestion(title: $"Cheap watches {ApiCalls.UniqueWord()} for sale today"));
        // The purged post is logged with the moderator's reason; the author's other posts with the forum's own note.
        await spammer.AskAsync(ApiCalls.NewQuestion(title: $"Cheap bags {ApiCalls.UniqueWord()} for sale today",
            body: "Genuine leather bags at half price, delivered to your door within a week of ordering."));
        var moderator = await forum.SignedInClientAsync("moderator@forum.local");
        await (await moderator.PostAsJsonAsync($"/api/v1/moderation/queue/question/{question}/actions", new { action = "purge-author", reason = "Selling watches", days = 7 }))
            .JsonAsync(HttpStatusCode.OK);
        var staff = await forum.SignedInClientAsync("staff@forum.local");

        await ReadInIndonesianAsync(moderator);
        var inIndonesian = WebUtility.HtmlDecode(await moderator.GetStringAsync("/moderation/log"));
        var inEnglish = WebUtility.HtmlDecode(await staff.GetStringAsync("/moderation/log"));

        Assert.Contains("spam (akun dibersihkan)", inIndonesian);
        Assert.DoesNotContain("account purged", inIndonesian);
        Assert.Contains("spam (account purged)", inEnglish);
    }

    [Fact]
    public async Task A_reporter_reads_what_became_of_their_flag_in_their_language()
    {
        var question = await (await forum.NewMemberAsync()).AskAsync();
        var reporter = await forum.SignedInClientAsync("carmen@forum.local");
        await (await reporter.PostAsJsonAsync($"/api/v1/questions/{question}/flags", new { reason = "off-topic" })).JsonAsync(HttpStatusCode.Created);
        var moderator = await forum.SignedInClientAsync("moderator@forum.local");
        await (await moderator.PostAsJsonAsync($"/api/v1/moderation/queue/question/{question}/actions", new { action = "dismiss" })).JsonAsync(HttpStatusCode.OK);
        var reporterId = (await (await reporter.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("id").GetString()!;
        var browser = await forum.SignedInBrowserAsync("carmen@forum.local");

        var inEnglish = WebUtility.HtmlDecode(await browser.GetStringAsync($"/members/{reporterId}"));
        await ReadInIndonesianAsync(browser);
        var inIndonesian = WebUtility.HtmlDecode(await browser.GetStringAsync($"/members/{reporterId}"));

        Assert.Contains("<span data-user-content>Dismissed</span>)", inEnglish);
        Assert.Contains("<span data-user-content>Ditolak</span>)", inIndonesian);
        Assert.DoesNotContain(">Dismissed<", inIndonesian);
    }

    [Fact]
    public async Task A_rule_with_the_validators_own_message_names_its_field_in_the_readers_language()
    {
        var member = await forum.NewMemberAsync();

        var indonesian = await (await member.SendAsync(In("id-ID", HttpMethod.Get, "/api/v1/notifications?pageSize=1000"))).JsonAsync(HttpStatusCode.BadRequest);
        var english = await (await member.SendAsync(In("en-US", HttpMethod.Get, "/api/v1/notifications?pageSize=1000"))).JsonAsync(HttpStatusCode.BadRequest);

        Assert.StartsWith("'Ukuran halaman' ", indonesian.GetProperty("errors").GetProperty("pageSize")[0].GetString());
        Assert.StartsWith("'Page size' ", english.GetProperty("errors").GetProperty("pageSize")[0].GetString());
    }
}
