using System.Net;
using System.Text;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Search;

/// <summary>Thousands of random and hostile queries (a fixed seed, so a failure can be replayed): every one is a 200.</summary>
public sealed class SearchFuzzTests(ForumWebFactory forum) : IClassFixture<ForumWebFactory>
{
    private const int Seed = 20261126;
    private const int Queries = 2500;

    private static readonly string[] Hostile =
    [
        "\"", "\"\"", "'", "*", "**", "NEAR", "NEAR(", "NEAR/3", "AND", "OR", "NOT", "and", "or", "not", ":", "^", "(", ")", "()", "{", "}", "[", "]",
        "-", "--", "+", "~", "!", "&", "|", "<->", "<2>", "\\", "/", "%", "_", ";", "/*", "*/", "' OR 1=1 --", "'); DROP TABLE \"Questions\"; --",
        "title:", "Body:", "SearchDocumentsFts:", "{Title Body}:", "rank", "bm25()", "@@", "::tsquery", "!!", ":*", "FORMSOF(INFLECTIONAL, x)",
        "ISABOUT(", "<script>", "&lt;", "&#0;", "\u200B", "\u202E", "\uFEFF", "\u0301", "🙂", "👩‍👩‍👧", "🏳️‍🌈", "שלום", "مرحبا", "中文搜索", "日本語",
        "ß", "İ", "ǅ", "sync", "password", "blank", "window", "app", "crash", "\t", "\n", " ", "  ",
    ];

    [Fact]
    public async Task Every_random_or_hostile_query_is_answered_with_200()
    {
        var random = new Random(Seed);
        var client = forum.CreateClient();
        var failures = new List<string>();
        for (var i = 0; i < Queries; i++)
        {
            var query = RandomQuery(random);
            var extra = random.Next(4) switch
            {
                0 => "&solved=true",
                1 => $"&page={random.Next(1, 5)}&pageSize={random.Next(1, 51)}",
                2 => "&type=question&category=desktop-app",
                _ => "",
            };
            var response = await client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(query)}{extra}");
            if (response.StatusCode != HttpStatusCode.OK)
                failures.Add($"#{i} {(int)response.StatusCode} for {Describe(query)}: {await response.Content.ReadAsStringAsync()}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
    }

    [Fact]
    public async Task Five_thousand_characters_of_operators_emoji_and_right_to_left_text_are_answered_with_200()
    {
        var query = new StringBuilder();
        var random = new Random(Seed);
        while (query.Length < 5000)
            query.Append(Hostile[random.Next(Hostile.Length)]).Append(random.Next(3) == 0 ? "" : " ");

        await (await forum.CreateClient().GetAsync($"/api/v1/search?q={Uri.EscapeDataString(query.ToString())}")).JsonAsync(HttpStatusCode.OK);
    }

    private static string RandomQuery(Random random)
    {
        var query = new StringBuilder();
        var parts = random.Next(0, random.Next(10) == 0 ? 400 : 12);
        for (var p = 0; p < parts; p++)
        {
            switch (random.Next(3))
            {
                case 0:
                    query.Append(Hostile[random.Next(Hostile.Length)]);
                    break;
                case 1:
                    for (var c = random.Next(1, 8); c > 0; c--)
                        query.Append(RandomRune(random).ToString());
                    break;
                default:
                    query.Append((char)random.Next(0x20, 0x7F));
                    break;
            }
            if (random.Next(2) == 0)
                query.Append(' ');
        }
        return query.ToString();
    }

    /// <summary>Any scalar value: ASCII, control characters, other planes; never a lone surrogate, which no URL can carry.</summary>
    private static Rune RandomRune(Random random)
    {
        while (true)
        {
            var value = random.Next(4) switch
            {
                0 => random.Next(0, 0x80),
                1 => random.Next(0x80, 0x800),
                2 => random.Next(0x800, 0x10000),
                _ => random.Next(0x10000, 0x110000),
            };
            if (Rune.IsValid(value))
                return new Rune(value);
        }
    }

    private static string Describe(string query) =>
        string.Concat(query.Take(200).Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:X4}"));
}
