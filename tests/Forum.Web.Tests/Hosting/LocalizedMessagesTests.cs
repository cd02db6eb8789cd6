using System.Net;
using System.Net.Http.Json;
using Forum.Web.Tests.Harness;
using static Forum.Web.Tests.Harness.ReaderLanguage;

namespace Forum.Web.Tests.Hosting;

/// <summary>
/// The use cases' own words in the reader's language: an API failure's detail and a form's field message follow
/// Accept-Language, and pages say counts and times through the resources.
/// </summary>
public sealed class LocalizedMessagesTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    [Theory]
    [InlineData("id-ID", "Pertanyaan itu tidak ditemukan.")]
    [InlineData("en", "The question was not found.")]
    public async Task A_problem_detail_is_in_the_language_the_client_asks_for(string language, string detail)
    {
        var problem = await (await forum.CreateClient().SendAsync(In(language, HttpMethod.Get, "/api/v1/questions/987654"))).JsonAsync(HttpStatusCode.NotFound);

        Assert.Equal(detail, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_refused_field_is_explained_in_the_language_the_client_asks_for()
    {
        var member = await forum.NewMemberAsync();

        var problem = await (await member.SendAsync(In("id", HttpMethod.Post, "/api/v1/questions", ApiCalls.NewQuestion(title: "Terlalu pendek"))))
            .JsonAsync(HttpStatusCode.BadRequest);

        var messages = problem.GetProperty("errors").GetProperty("title").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(["Judul harus terdiri dari 15 sampai 150 karakter."], messages);
    }

    [Fact]
    public async Task A_page_says_its_counts_and_times_in_the_readers_language()
    {
        var visitor = forum.CreateClient();
        var leaderboard = await (await visitor.SendAsync(In("id", HttpMethod.Get, "/leaderboard?period=all"))).Content.ReadAsStringAsync();
        var questions = await (await visitor.SendAsync(In("id", HttpMethod.Get, "/questions"))).Content.ReadAsStringAsync();

        Assert.Contains("Reputasi, sepanjang waktu", leaderboard);
        Assert.Matches(@"\d+ pertanyaan</p>", questions);
        Assert.Matches(@"(\d+ (menit|jam|hari|bulan|tahun) yang lalu|kemarin|baru saja)</time>", questions);
        Assert.DoesNotContain(" ago</time>", questions);
    }
}
