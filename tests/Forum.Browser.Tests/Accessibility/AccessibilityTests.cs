using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Forum.Tests.Shared;
using Microsoft.Playwright;

namespace Forum.Browser.Tests.Accessibility;

/// <summary>
/// Accessibility measured in the browser: every page of the <see cref="PageMap"/>, as each kind of reader, in the light
/// and the dark theme, has no serious or critical axe-core violation; and the HTML the forum served for those pages
/// passes html-validate's recommended rules. One test per reader and theme, each walking its pages in one browser profile.
/// </summary>
public sealed class AccessibilityTests(AccessibilityTests.SweptForum forum) : IClassFixture<AccessibilityTests.SweptForum>
{
    /// <summary>A forum of its own (the sweep's flag stays out of the other tests' queue), and axe-core, vendored from npm.</summary>
    public sealed class SweptForum : BrowserFixture
    {
        private Task? _flagged;

        public string Axe { get; } = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Accessibility", "axe-core", "axe.min.js"));

        /// <summary>Bob flags a question once, so that the moderators' queue shows a card rather than its empty state.</summary>
        public Task QueueHasAFlagAsync() => _flagged ??= FlagAsync();

        private async Task FlagAsync()
        {
            using var http = new HttpClient { BaseAddress = new Uri(Forum.BaseUrl) };
            var login = await http.PostAsJsonAsync("/api/v1/auth/login", new { email = PageMap.Email(Reader.Member), password = ForumServer.DemoPassword });
            login.EnsureSuccessStatusCode();
            var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var questions = await http.GetFromJsonAsync<JsonElement>("/api/v1/questions?sort=newest&pageSize=50");
            var id = questions.GetProperty("items").EnumerateArray()
                .First(q => q.GetProperty("title").GetString() == "Dark theme resets to light after every update").GetProperty("id").GetInt32();
            var flag = await http.PostAsJsonAsync($"/api/v1/questions/{id}/flags", new { reason = "off-topic", note = "About the desktop app's settings, not the forum." });
            flag.EnsureSuccessStatusCode();
        }
    }

    /// <summary>
    /// axe-core's default rules (WCAG 2 A and AA, best practices) keeping the serious and critical violations; in the dark
    /// theme only the rules that depend on colour, since nothing else differs between the themes.
    /// </summary>
    private const string RunAxe = """
        async colourOnly => {
            // axe skips what a closed <details> holds, though wide screens show the header menu's sections in the row.
            document.querySelectorAll("details.site-menu").forEach(menu => menu.open = true);
            const options = { resultTypes: ["violations"] };
            if (colourOnly) options.runOnly = { type: "rule", values: ["color-contrast", "link-in-text-block"] };
            const result = await axe.run(document, options);
            return result.violations
                .filter(v => v.impact === "serious" || v.impact === "critical")
                .map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 4).map(n => n.target.join(" ")).join(", ")}`);
        }
        """;

    [Theory]
    [InlineData(Reader.Visitor, ColorScheme.Light)]
    [InlineData(Reader.Visitor, ColorScheme.Dark)]
    [InlineData(Reader.Member, ColorScheme.Light)]
    [InlineData(Reader.Member, ColorScheme.Dark)]
    [InlineData(Reader.Moderator, ColorScheme.Light)]
    [InlineData(Reader.Moderator, ColorScheme.Dark)]
    [InlineData(Reader.Staff, ColorScheme.Light)]
    [InlineData(Reader.Staff, ColorScheme.Dark)]
    public async Task Every_page_has_no_serious_accessibility_violation_and_valid_html(Reader reader, ColorScheme theme)
    {
        await forum.QueueHasAFlagAsync();
        await using var visitor = await forum.NewVisitorAsync(colorScheme: theme);
        if (reader != Reader.Visitor)
            await visitor.LogInAsync(PageMap.Email(reader), ForumServer.DemoPassword);
        await visitor.Page.Context.AddInitScriptAsync(forum.Axe);
        var problems = new List<string>();
        var served = new List<(string Address, string Html)>();

        foreach (var address in await PageMap.ForAsync(reader, new BrowserPageLinks(visitor.Page)))
        {
            var response = await visitor.Page.GotoAsync(address);
            if (response is not { Ok: true })
            {
                problems.Add($"{address}: answered {response?.Status}");
                continue;
            }
            // The HTML is the same in both themes: it is checked once.
            if (theme == ColorScheme.Light)
                served.Add((address, await response.TextAsync()));
            foreach (var violation in await visitor.Page.EvaluateAsync<string[]>(RunAxe, theme == ColorScheme.Dark))
                problems.Add($"{address}: {violation}");
        }
        if (served.Count > 0)
            problems.AddRange(await HtmlValidate.ErrorsAsync(served));

        Assert.True(problems.Count == 0, $"{problems.Count} problems for the {reader} in the {theme} theme:\n{string.Join("\n", problems)}");
    }
}
