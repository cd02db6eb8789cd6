using System.Text.RegularExpressions;
using Forum.Web.Tests.Harness;

namespace Forum.Web.Tests.Pages;

/// <summary>
/// What the lists and the search page send to the database: what is the same for every reader (how many public
/// questions a list holds, the categories with their counts) is read once until the next write, and right after it.
/// </summary>
public sealed partial class ListPageCommandsTests(CountingForum forum) : IClassFixture<CountingForum>
{
    [Fact]
    public async Task A_list_counts_its_public_questions_once_until_the_next_write_and_counts_the_new_one_after_it()
    {
        await forum.CreateClient().GetStringAsync("/questions?tab=unanswered&page=2");
        var before = Total(await forum.CreateClient().GetStringAsync("/questions?tab=unanswered&page=3"));

        var other = await forum.CommandsOfAsync(forum.CreateClient(), "/questions?tab=unanswered&page=4");
        Assert.DoesNotContain(other, IsCount);

        await (await forum.NewMemberAsync()).AskAsync(ApiCalls.NewQuestion($"Widget {ApiCalls.UniqueWord()} stays blank on the lock screen"));
        var after = await forum.CommandsOfAsync(forum.CreateClient(), "/questions?tab=unanswered&page=5");
        Assert.Contains(after, IsCount);
        Assert.Equal(before + 1, Total(await forum.CreateClient().GetStringAsync("/questions?tab=unanswered&page=6")));
    }

    [Fact]
    public async Task The_search_page_reads_the_categories_once_until_the_next_write()
    {
        await forum.CreateClient().GetStringAsync("/search?q=sync");

        var commands = await forum.CommandsOfAsync(forum.CreateClient(), "/search?q=printer");

        Assert.DoesNotContain(commands, c => c.Contains("\"Categories\"", StringComparison.Ordinal));
    }

    private static bool IsCount(string command) => command.Contains("COUNT(*)", StringComparison.OrdinalIgnoreCase);

    private static int Total(string page) => int.Parse(QuestionCount().Match(page).Groups[1].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"([\d,]+) questions?</p>")]
    private static partial Regex QuestionCount();
}
