using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Forum.Cluster.Tests;

/// <summary>
/// Two people in two browsers, each served by a different node: what one does reaches the other's open page without a
/// reload, through the Redis backplane; and a page served through nginx keeps one live connection on one node. The browser is Debian's Chromium (FORUM_CHROMIUM, else /usr/bin/chromium), as in
/// the browser suite; without it the test fails and says how to install it.
/// </summary>
public sealed partial class LiveAcrossNodesTests : IAsyncLifetime
{
    private static readonly string ChromiumPath = Environment.GetEnvironmentVariable("FORUM_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";
    private const float Patience = 15_000;

    /// <summary>Needs attention for one category that the other tests leave alone: their many questions would not push these off the list.</summary>
    private const string Queue = "/support/needs-attention?category=privacy-security";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"Chromium was not found at {ChromiumPath}: run 'apt-get update && apt-get install -y chromium' (or set FORUM_CHROMIUM to its path).");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
        _playwright?.Dispose();
    }

    [Fact]
    public async Task A_question_asked_on_node_1_appears_on_needs_attention_open_on_node_2_and_the_answer_from_node_2_reaches_the_asker()
    {
        var title = $"Suspicious sign-in alerts for my own laptop {Cluster.UniqueWord()}";
        var helper = await SignedInPageAsync(Cluster.Nodes[1], "bob@forum.local");
        var asker = await SignedInPageAsync(Cluster.Nodes[0], "alice@forum.local");

        await helper.GotoAsync(Queue);
        await helper.WaitForSelectorAsync("html[data-live=connected]");
        Assert.Equal(0, await helper.GetByRole(AriaRole.Link, new() { Name = title }).CountAsync());

        await asker.GotoAsync("/questions/ask");
        await asker.GetByLabel("Title").FillAsync(title);
        await asker.GetByLabel("Details").FillAsync("Every time I open the app on my own laptop I get an email about a suspicious sign-in from a new device.");
        await asker.GetByLabel("Category").SelectOptionAsync(new SelectOptionValue { Label = "Privacy & security" });
        await asker.GetByRole(AriaRole.Button, new() { Name = "Post your question" }).ClickAsync();
        await asker.WaitForURLAsync(QuestionAddress());
        var questionPath = new Uri(asker.Url).AbsolutePath;
        await asker.WaitForSelectorAsync("html[data-live=connected]");

        // Node 2's open queue hears of node 1's question, and shows it without a reload.
        await helper.GetByRole(AriaRole.Link, new() { Name = title }).WaitForAsync(new() { Timeout = Patience });

        var answerPage = await helper.Context.NewPageAsync();
        await answerPage.GotoAsync(questionPath);
        await answerPage.GetByLabel("Your answer (Markdown)").FillAsync("Mark the laptop as trusted: open Security, then Devices, choose it and select \"This is me\".");
        await answerPage.GetByRole(AriaRole.Button, new() { Name = "Post your answer" }).ClickAsync();
        await answerPage.WaitForURLAsync(AnswerAddress());
        var answerId = AnswerAddress().Match(answerPage.Url).Groups[1].Value;

        // The asker's page on node 1 offers the answer from node 2, then shows it.
        var notice = asker.GetByRole(AriaRole.Button, new() { Name = "1 new answer: show it" });
        await notice.WaitForAsync(new() { Timeout = Patience });
        await notice.ClickAsync();
        await asker.Locator($"#answer-{answerId}").WaitForAsync();
        Assert.Contains("This is me", await asker.Locator($"#answer-{answerId}").InnerTextAsync());
    }

    [Fact]
    public async Task Through_nginx_a_page_keeps_its_live_connection_and_hears_of_questions_asked_on_every_node()
    {
        var helper = await SignedInPageAsync(Cluster.Front, "carmen@forum.local");
        await helper.GotoAsync(Queue);
        await helper.WaitForSelectorAsync("html[data-live=connected]");

        foreach (var node in Cluster.Nodes)
        {
            var title = $"My data export never arrives {Cluster.UniqueWord()}";
            using var staff = await StaffAsync(node);
            var asked = await staff.PostAsJsonAsync(new Uri(node, "/api/v1/questions"), new
            {
                title, body = $"I asked for an export of my data three times this week and no email ever came ({Cluster.UniqueWord()}).", category = "privacy-security", tags = Array.Empty<string>(),
            });
            Assert.Equal(System.Net.HttpStatusCode.Created, asked.StatusCode);
            await helper.GetByRole(AriaRole.Link, new() { Name = title }).WaitForAsync(new() { Timeout = Patience });
        }
        Assert.Equal("connected", await helper.Locator("html").GetAttributeAsync("data-live"));
    }

    /// <summary>Staff, who ask without a daily allowance, signed in with a bearer token from <paramref name="node"/>.</summary>
    private static async Task<HttpClient> StaffAsync(Uri node)
    {
        var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var login = await client.PostAsJsonAsync(new Uri(node, "/api/v1/auth/login"), new { email = "staff@forum.local", password = Cluster.Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        return client;
    }

    /// <summary>A browser profile of its own, signed in through the login page of <paramref name="site"/> (a node, or nginx) and kept there.</summary>
    private async Task<IPage> SignedInPageAsync(Uri site, string email)
    {
        var context = await _browser!.NewContextAsync(new() { BaseURL = site.ToString().TrimEnd('/'), Locale = "en-US" });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Identity/Account/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(Cluster.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
        await page.Locator("details.account-menu > summary").WaitForAsync();
        return page;
    }

    [GeneratedRegex(@"/questions/\d+/[a-z0-9-]+$")]
    private static partial Regex QuestionAddress();

    [GeneratedRegex(@"/questions/\d+/[a-z0-9-]+#answer-(\d+)$")]
    private static partial Regex AnswerAddress();
}
