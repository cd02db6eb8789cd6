using System.Net;
using System.Net.Http.Json;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Pages;

/// <summary>
/// The body of a question page is rendered once for all the signed-in readers who see the same thing and kept until
/// the next write: each reader still gets their own antiforgery token, their own buttons and the thread as it is now.
/// </summary>
public sealed class SharedQuestionPageTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    [Fact]
    public async Task Readers_who_see_the_same_page_each_get_their_own_antiforgery_token_and_their_forms_work()
    {
        var (id, url) = await AnsweredQuestionAsync();
        var first = await forum.NewMemberAsync("reader");
        var second = await forum.NewMemberAsync("reader");

        var firstPage = await first.GetStringAsync(url);
        var secondPage = await second.GetStringAsync(url);

        var firstToken = Assert.Single(FormTokens.AllOf(firstPage));
        var secondToken = Assert.Single(FormTokens.AllOf(secondPage));
        Assert.NotEqual(firstToken, secondToken);

        var meToo = await second.PostAsync($"{url}?handler=MeToo", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = secondToken }));

        Assert.Equal(HttpStatusCode.OK, meToo.StatusCode);
        Assert.Contains("You have this problem too (1)", await second.GetStringAsync(url));
        Assert.Equal(1, (await second.GetQuestionAsync(id)).GetProperty("meTooCount").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, (await first.PostAsync($"{url}?handler=MeToo",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = secondToken }))).StatusCode);
    }

    [Fact]
    public async Task The_asker_and_the_answerer_keep_their_own_buttons_and_other_readers_never_get_them()
    {
        var asker = await forum.NewMemberAsync("asker");
        var id = await asker.AskAsync(ApiCalls.NewQuestion(title: "Blank window after the update — 日本語 😀 Ünïcødé"));
        var answerer = await forum.NewMemberAsync("answerer");
        await answerer.AnswerAsync(id);
        var url = await QuestionUrlAsync(asker, id);
        var reader = await forum.NewMemberAsync("reader");

        var askerPage = await asker.GetStringAsync(url);
        var answererPage = await answerer.GetStringAsync(url);
        var readerPage = await reader.GetStringAsync(url);

        Assert.Contains("Accept this answer", askerPage);
        Assert.Contains("Delete your question?", askerPage);
        Assert.DoesNotContain("Delete your answer?", askerPage);
        Assert.Contains("Delete your answer?", answererPage);
        Assert.DoesNotContain("Accept this answer", answererPage);
        Assert.DoesNotContain("Delete your question?", answererPage);
        foreach (var personal in new[] { "Accept this answer", "Delete your question?", "Delete your answer?" })
            Assert.DoesNotContain(personal, readerPage);
        Assert.Contains("I have this problem too (0)", readerPage);
        Assert.All(new[] { askerPage, answererPage, readerPage }, page => Assert.Contains("Blank window after the update — 日本語 😀 Ünïcødé", WebUtility.HtmlDecode(page)));
    }

    [Fact]
    public async Task A_reader_sees_a_new_answer_at_once_though_the_page_was_just_rendered_for_someone_like_them()
    {
        var (id, url) = await AnsweredQuestionAsync();
        var first = await forum.NewMemberAsync("reader");
        var second = await forum.NewMemberAsync("reader");
        Assert.Contains("1 answer", await first.GetStringAsync(url));

        await (await forum.NewMemberAsync("answerer")).AnswerAsync(id, "Turning hardware acceleration off in the settings fixed the blank window.");

        var page = await second.GetStringAsync(url);
        Assert.Contains("2 answers", page);
        Assert.Contains("Turning hardware acceleration off", page);
    }

    [Fact]
    public async Task A_reader_coming_back_sees_their_vote_as_it_is_after_each_change_and_another_reader_never_does()
    {
        var (id, url) = await AnsweredQuestionAsync();
        var voter = await forum.SignedInClientAsync("bob@forum.local");
        var reader = await forum.NewMemberAsync("reader");
        Assert.Contains("Vote this question up", await voter.GetStringAsync(url));

        (await voter.PostAsJsonAsync($"/api/v1/questions/{id}/vote", new { value = 1 })).EnsureSuccessStatusCode();

        Assert.Contains("You voted this question up", await voter.GetStringAsync(url));
        Assert.DoesNotContain("You voted this question up", await reader.GetStringAsync(url));
        (await voter.PostAsJsonAsync($"/api/v1/questions/{id}/vote", new { value = 0 })).EnsureSuccessStatusCode();
        Assert.DoesNotContain("You voted this question up", await voter.GetStringAsync(url));
    }

    private async Task<(int Id, string Url)> AnsweredQuestionAsync()
    {
        var asker = await forum.NewMemberAsync("asker");
        var id = await asker.AskAsync();
        await (await forum.NewMemberAsync("answerer")).AnswerAsync(id);
        return (id, await QuestionUrlAsync(asker, id));
    }

    private static async Task<string> QuestionUrlAsync(HttpClient client, int id) =>
        (await client.GetQuestionAsync(id)).GetProperty("url").GetString()!;
}
