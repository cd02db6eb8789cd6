using System.Net;
using System.Net.Http.Json;
using Forum.Web.Tests.Harness;
using static Forum.Web.Tests.Harness.ReaderLanguage;

namespace Forum.Web.Tests.Hosting;

/// <summary>
/// A use case's refusals (not allowed, clashes with the current state) are explained in the language the client asks
/// for, through the resources, like its validation messages.
/// </summary>
public sealed class LocalizedFailuresTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    [Fact]
    public async Task Refusals_and_clashes_are_explained_in_Indonesian_to_a_client_that_asks_for_it()
    {
        var asker = await forum.NewMemberAsync();
        var helper = await forum.NewMemberAsync();
        var question = await asker.AskAsync();
        var answer = await helper.AnswerAsync(question);

        var acceptedByHelper = await (await helper.SendAsync(In("id-ID", HttpMethod.Post, $"/api/v1/answers/{answer}/accept"))).JsonAsync(HttpStatusCode.Forbidden);
        var deletedByHelper = await (await helper.SendAsync(In("id", HttpMethod.Delete, $"/api/v1/questions/{question}"))).JsonAsync(HttpStatusCode.Forbidden);
        var deletedWithAnswers = await (await asker.SendAsync(In("id", HttpMethod.Delete, $"/api/v1/questions/{question}"))).JsonAsync(HttpStatusCode.Conflict);
        var withdrawnUnaccepted = await (await asker.SendAsync(In("id", HttpMethod.Delete, $"/api/v1/answers/{answer}/accept"))).JsonAsync(HttpStatusCode.Conflict);

        Assert.Equal("Hanya penanya yang dapat menerima jawaban.", acceptedByHelper.GetProperty("detail").GetString());
        Assert.Equal("Anda hanya dapat menghapus pertanyaan Anda sendiri.", deletedByHelper.GetProperty("detail").GetString());
        Assert.Equal("Pertanyaan ini sudah memiliki jawaban, jadi tidak dapat dihapus lagi.", deletedWithAnswers.GetProperty("detail").GetString());
        Assert.Equal("Jawaban ini bukan jawaban yang diterima.", withdrawnUnaccepted.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_same_refusal_is_in_English_for_an_English_client()
    {
        var asker = await forum.NewMemberAsync();
        var helper = await forum.NewMemberAsync();
        var answer = await helper.AnswerAsync(await asker.AskAsync());

        var refused = await (await helper.SendAsync(In("en", HttpMethod.Post, $"/api/v1/answers/{answer}/accept"))).JsonAsync(HttpStatusCode.Forbidden);

        Assert.Equal("Only the person who asked can accept an answer.", refused.GetProperty("detail").GetString());
    }
    [Fact]
    public async Task The_reason_the_forum_wrote_for_hiding_a_post_is_read_in_the_authors_language()
    {
        var email = $"author-{Guid.NewGuid():N}@forum.test";
        (await forum.CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email, password = "Passw0rd!" })).EnsureSuccessStatusCode();
        var author = await forum.SignedInClientAsync(email);
        var question = await author.AskAsync();
        var moderator = await forum.SignedInClientAsync("moderator@forum.local");
        await (await moderator.PostAsJsonAsync($"/api/v1/questions/{question}/flags", new { reason = "spam" })).JsonAsync(HttpStatusCode.Created);
        var page = (await author.GetQuestionAsync(question)).GetProperty("url").GetString()!;

        var inEnglish = await (await author.GetAsync(page)).Content.ReadAsStringAsync();
        // A member reads the forum in the language of their profile, from their next sign-in on.
        await (await author.PutAsJsonAsync("/api/v1/members/me/language", new { language = "id" })).JsonAsync(HttpStatusCode.OK);
        var inIndonesian = await (await (await forum.SignedInClientAsync(email)).GetAsync(page)).Content.ReadAsStringAsync();

        Assert.Contains("Disembunyikan: dilaporkan: Spam", inIndonesian);
        Assert.DoesNotContain("flagged as spam", inIndonesian);
        Assert.Contains("Hidden: flagged: Spam", inEnglish);
    }
}
