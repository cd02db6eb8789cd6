using System.Net;
using System.Net.Http.Json;
using System.Text;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Api;

public sealed class QuestionApiTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    [Fact]
    public async Task Categories_are_listed_for_anyone()
    {
        var categories = await (await forum.CreateClient().GetAsync("/api/v1/categories")).JsonAsync(HttpStatusCode.OK);

        Assert.Contains(categories.EnumerateArray(), c => c.GetProperty("slug").GetString() == "desktop-app");
    }

    [Fact]
    public async Task A_member_asks_and_gets_201_with_the_location_and_the_question_reads_back()
    {
        var member = await forum.NewMemberAsync("asker");

        var response = await member.PostAsJsonAsync("/api/v1/questions", ApiCalls.NewQuestion(tags: ["Windows", "startup"]));

        var created = await response.JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/questions/{id}", response.Headers.Location!.OriginalString);
        Assert.Equal($"/questions/{id}/blank-window-after-the-latest-update", created.GetProperty("url").GetString());
        var question = await forum.CreateClient().GetQuestionAsync(id);
        Assert.Equal("open", question.GetProperty("status").GetString());
        Assert.Equal(1, question.GetProperty("author").GetProperty("reputation").GetInt32());
        Assert.Equal(["startup", "windows"], question.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.StartsWith("<p>The desktop app", question.GetProperty("bodyHtml").GetString());
    }

    [Fact]
    public async Task Writing_without_logging_in_is_401_problem_details()
    {
        var response = await forum.CreateClient().PostAsJsonAsync("/api/v1/questions", ApiCalls.NewQuestion());

        var problem = await response.JsonAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("Too short", ApiCalls.Body, "desktop-app", "title")]
    [InlineData("A perfectly reasonable title", "too short", "desktop-app", "body")]
    [InlineData("A perfectly reasonable title", ApiCalls.Body, "no-such-category", "category")]
    public async Task Bad_fields_are_400_with_the_field_named(string title, string body, string category, string field)
    {
        var member = await forum.NewMemberAsync();

        var problem = await (await member.PostAsJsonAsync("/api/v1/questions", ApiCalls.NewQuestion(title, body, category))).JsonAsync(HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Six_tags_or_a_30001_character_body_are_refused()
    {
        var member = await forum.NewMemberAsync();

        var tags = await (await member.PostAsJsonAsync("/api/v1/questions", ApiCalls.NewQuestion(tags: ["a", "b", "c", "d", "e", "f"]))).JsonAsync(HttpStatusCode.BadRequest);
        var body = await (await member.PostAsJsonAsync("/api/v1/questions", ApiCalls.NewQuestion(body: new string('x', 30_001)))).JsonAsync(HttpStatusCode.BadRequest);

        Assert.True(tags.GetProperty("errors").TryGetProperty("tags", out _));
        Assert.True(body.GetProperty("errors").TryGetProperty("body", out _));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"title\": 5, \"body\": []}")]
    public async Task Malformed_json_is_400_problem_details(string json)
    {
        var member = await forum.NewMemberAsync();

        var response = await member.PostAsync("/api/v1/questions", new StringContent(json, Encoding.UTF8, "application/json"));

        var problem = await response.JsonAsync(HttpStatusCode.BadRequest);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Unknown_ids_are_404_problem_details()
    {
        var member = await forum.NewMemberAsync();

        await (await forum.CreateClient().GetAsync("/api/v1/questions/987654")).JsonAsync(HttpStatusCode.NotFound);
        await (await member.PostAsJsonAsync("/api/v1/answers/987654/vote", new { value = 1 })).JsonAsync(HttpStatusCode.NotFound);
        await (await member.PutAsJsonAsync("/api/v1/answers/987654", new { body = ApiCalls.Body })).JsonAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_stale_edit_is_409_and_the_other_edit_is_kept()
    {
        var asker = await forum.NewMemberAsync();
        var id = await asker.AskAsync();
        var version = (await asker.GetQuestionAsync(id)).GetProperty("version").GetString();

        await (await asker.PutAsJsonAsync($"/api/v1/questions/{id}", new { title = "Blank window after updating to 4.2", body = ApiCalls.Body, tags = new[] { "startup" }, version })).JsonAsync(HttpStatusCode.OK);
        var stale = await asker.PutAsJsonAsync($"/api/v1/questions/{id}", new { title = "A different title for the same thing", body = ApiCalls.Body, tags = new[] { "startup" }, version });

        await stale.JsonAsync(HttpStatusCode.Conflict);
        Assert.Equal("Blank window after updating to 4.2", (await asker.GetQuestionAsync(id)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Editing_someone_elses_question_is_403()
    {
        var id = await (await forum.NewMemberAsync()).AskAsync();
        var other = await forum.NewMemberAsync();

        var response = await other.PutAsJsonAsync($"/api/v1/questions/{id}", new { title = "Taking over this question title", body = ApiCalls.Body, tags = Array.Empty<string>() });

        await response.JsonAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Script_in_markdown_never_reaches_the_api_or_the_page()
    {
        var member = await forum.NewMemberAsync();
        var id = await member.AskAsync(ApiCalls.NewQuestion(body: "<script>alert('x')</script> [link](javascript:alert(1)) <img src=x onerror=alert(1)> **bold**"));

        var html = (await member.GetQuestionAsync(id)).GetProperty("bodyHtml").GetString()!;
        var page = await forum.CreateClient().GetStringAsync($"/questions/{id}/blank-window-after-the-latest-update");

        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("<strong>bold</strong>", html);
        Assert.DoesNotContain("<script>alert", page);
        Assert.DoesNotContain("<img src=\"x\" onerror", page);
    }

    [Fact]
    public async Task Lists_are_paged_and_sorted_and_refuse_unknown_sorts()
    {
        var client = forum.CreateClient();

        var list = await (await client.GetAsync("/api/v1/questions?sort=solved&pageSize=2")).JsonAsync(HttpStatusCode.OK);
        var bad = await (await client.GetAsync("/api/v1/questions?sort=sideways")).JsonAsync(HttpStatusCode.BadRequest);

        Assert.All(list.GetProperty("items").EnumerateArray(), q => Assert.Equal("solved", q.GetProperty("status").GetString()));
        Assert.True(list.GetProperty("items").GetArrayLength() <= 2);
        Assert.True(bad.GetProperty("errors").TryGetProperty("sort", out _));
    }

    [Fact]
    public async Task I_have_this_problem_too_is_counted_once_per_member()
    {
        var id = await (await forum.NewMemberAsync()).AskAsync();
        var fellow = await forum.NewMemberAsync();

        await (await fellow.PostAsync($"/api/v1/questions/{id}/me-too", null)).JsonAsync(HttpStatusCode.OK);
        var again = await (await fellow.PostAsync($"/api/v1/questions/{id}/me-too", null)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(1, again.GetProperty("meTooCount").GetInt32());
        Assert.Equal(1, (await fellow.GetQuestionAsync(id)).GetProperty("meTooCount").GetInt32());
    }
}
