using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Forum.Web.Tests.Harness;

/// <summary>Small helpers for calling the JSON API and reading its answers.</summary>
public static class ApiCalls
{
    public const string Body = "The desktop app shows a blank window after the latest update, on every start.";

    /// <summary>
    /// A word no other test uses, of letters only: hexadecimal digits can line up like a phone number, which holds a new
    /// member's first post for review.
    /// </summary>
    public static string UniqueWord() => string.Concat(Guid.NewGuid().ToString("N")[..12].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))));

    public static object NewQuestion(string title = "Blank window after the latest update", string body = Body, string category = "desktop-app", string[]? tags = null) =>
        new { title, body, category, tags = tags ?? ["startup"] };

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    public static async Task<int> AskAsync(this HttpClient client, object? question = null)
    {
        var created = await (await client.PostAsJsonAsync("/api/v1/questions", question ?? NewQuestion())).JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    public static async Task<int> AnswerAsync(this HttpClient client, int questionId, string body = "Delete the cache folder while the app is closed, then restart it.")
    {
        var created = await (await client.PostAsJsonAsync($"/api/v1/questions/{questionId}/answers", new { body })).JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    public static async Task<JsonElement> GetQuestionAsync(this HttpClient client, int id) =>
        await (await client.GetAsync($"/api/v1/questions/{id}")).JsonAsync(HttpStatusCode.OK);

    public static async Task<int> ReputationAsync(this HttpClient client) =>
        (await (await client.GetAsync("/api/v1/members/me")).JsonAsync(HttpStatusCode.OK)).GetProperty("reputation").GetInt32();
}
