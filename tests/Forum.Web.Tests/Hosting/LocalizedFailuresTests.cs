using System.Net;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Hosting;

/// <summary>
/// A use case's refusals (not allowed, clashes with the current state) are explained in the language the client asks
/// for, through the resources, like its validation messages.
/// </summary>
public sealed class LocalizedFailuresTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private static HttpRequestMessage In(string language, HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.AcceptLanguage.ParseAdd(language);
        return request;
    }

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
}
