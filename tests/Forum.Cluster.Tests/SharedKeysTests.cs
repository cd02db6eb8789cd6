using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Forum.Cluster.Tests;

/// <summary>What one node protects (sign-in cookie, antiforgery token, bearer token), every other node accepts.</summary>
public sealed class SharedKeysTests
{
    [Fact]
    public async Task A_member_signs_in_on_one_node_asks_through_another_and_reads_the_question_on_a_third()
    {
        var (one, two, three) = (Cluster.Nodes[0], Cluster.Nodes[1], Cluster.Nodes[2]);
        var cookies = new CookieContainer();
        using var browser = Cluster.Browser(cookies);

        var login = await browser.GetStringAsync(new Uri(one, "/Identity/Account/Login"));
        var signedIn = await browser.PostAsync(new Uri(one, "/Identity/Account/Login"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = "lin@forum.local", ["Input.Password"] = Cluster.Password, ["__RequestVerificationToken"] = Cluster.FormToken(login),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        // The form comes from node 1 and is posted to node 2: its antiforgery token and the cookie are node 1's.
        var askForm = await browser.GetStringAsync(new Uri(one, "/questions/ask"));
        var title = $"Printer queue stalls on node two {Cluster.UniqueWord()}";
        var asked = await browser.PostAsync(new Uri(two, "/questions/ask"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Title"] = title,
            ["Input.Body"] = "Every print job waits in the queue until I restart the spooler, since the last update.",
            ["Input.Category"] = "desktop-app",
            ["__RequestVerificationToken"] = Cluster.FormToken(askForm),
        }));
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);

        var question = await browser.GetAsync(new Uri(three, asked.Headers.Location!.OriginalString));
        Assert.Equal(HttpStatusCode.OK, question.StatusCode);
        Assert.Contains(title, await question.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_bearer_token_from_one_node_is_accepted_by_every_node()
    {
        using var client = new HttpClient();
        var login = await client.PostAsJsonAsync(new Uri(Cluster.Nodes[0], "/api/v1/auth/login"), new { email = "bob@forum.local", password = Cluster.Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();

        foreach (var node in Cluster.Nodes)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(node, "/api/v1/members/me"));
            request.Headers.Authorization = new("Bearer", token);
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
        }
    }
}
