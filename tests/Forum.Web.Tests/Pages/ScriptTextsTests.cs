using System.Text.Json;
using System.Text.RegularExpressions;
using Forum.Web.Tests.Harness;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Web.Tests.Pages;

/// <summary>
/// The words the scripts show reach them from the resources: every resource key a script names is in the page's
/// script texts, in the reader's language.
/// </summary>
public sealed partial class ScriptTextsTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    [Fact]
    public async Task Every_text_a_script_names_is_on_the_page_in_the_readers_language()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.AcceptLanguage.ParseAdd("id-ID");
        var html = await (await forum.CreateClient().SendAsync(request)).Content.ReadAsStringAsync();
        var blob = Blob().Match(html);
        Assert.True(blob.Success, "The page has no script texts.");
        var texts = JsonSerializer.Deserialize<Dictionary<string, string>>(blob.Groups[1].Value)!;

        var scripts = forum.Services.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider.GetDirectoryContents("js")
            .Where(f => f.Name.EndsWith(".js", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(scripts);
        var named = scripts.SelectMany(f =>
        {
            using var reader = new StreamReader(f.CreateReadStream());
            return ResourceKey().Matches(reader.ReadToEnd()).Select(m => m.Groups[1].Value);
        }).Distinct().ToList();

        Assert.Contains("Script.Toolbar.Bold", named);
        Assert.All(named, key => Assert.True(texts.ContainsKey(key), $"A script names \"{key}\", which the page's script texts lack."));
        Assert.Equal("Tebal", texts["Script.Toolbar.Bold"]);
        Assert.All(texts, text => Assert.NotEqual(text.Key, text.Value));
    }

    [GeneratedRegex("""<script type="application/json" id="forum-script-texts">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex Blob();

    /// <summary>A string literal in a script shaped like a resource key ("Script.Draft.Restore", "Time.BriefHours").</summary>
    [GeneratedRegex("\"([A-Z][A-Za-z]+(?:\\.[A-Z][A-Za-z]+)+)\"")]
    private static partial Regex ResourceKey();
}
