using Forum.Domain.Features.Categories;
using Forum.Domain.Features.Questions;
using Forum.Domain.Tests.Harness;

namespace Forum.Domain.Tests.Questions;

public sealed class QuestionListQueryTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    [Theory]
    [InlineData(QuestionSort.Newest)]
    [InlineData(QuestionSort.Unanswered)]
    public async Task A_visitors_list_and_its_count_read_an_index_of_public_questions_and_never_the_question_rows(string sort)
    {
        var asker = await _forum.CreateMemberAsync("asker");
        for (var i = 0; i < 3; i++)
            await _forum.AskAsync(asker, $"A question on the list, number {i}");

        _forum.SqlCommands.Reset();
        var list = await _forum.SendAsync(null, new ListQuestions(sort));
        var plans = await _forum.QueryAsync(db => QueryPlans.PlansAsync(db, _forum.SqlCommands.Commands));

        Assert.Equal(3, list.Total);
        Assert.Contains("INDEX IX_Questions_Public_", string.Join(" ", Assert.Single(plans, p => p.Text.Contains("COUNT(*)")).Steps));
        Assert.DoesNotContain("SCAN q", plans.SelectMany(p => p.Steps));
    }

    [Fact]
    public async Task The_top_list_reads_public_questions_in_the_order_of_their_index_instead_of_sorting_every_question_of_a_score()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        for (var i = 0; i < 3; i++)
            await _forum.AskAsync(asker, $"A question on the list, number {i}");

        _forum.SqlCommands.Reset();
        var list = await _forum.SendAsync(null, new ListQuestions(QuestionSort.Top, Page: 2, PageSize: 2));
        var plans = await _forum.QueryAsync(db => QueryPlans.PlansAsync(db, _forum.SqlCommands.Commands));

        Assert.Single(list.Items);
        // The page's own plan (the outer query sorts only the page's rows by the joined keys).
        var steps = plans.First(p => p.Text.Contains("ORDER BY \"q\".\"Score\" DESC")).Steps;
        Assert.Contains("SCAN q USING INDEX IX_Questions_Public_Score_Id", steps);
        Assert.DoesNotContain(steps, s => s is "USE TEMP B-TREE FOR ORDER BY" || s.Contains("RIGHT PART OF ORDER BY"));
    }

    [Fact]
    public async Task The_categories_count_their_public_questions_from_an_index_and_never_the_question_rows()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        for (var i = 0; i < 3; i++)
            await _forum.AskAsync(asker, $"A question on the list, number {i}");

        _forum.SqlCommands.Reset();
        var categories = await _forum.SendAsync(null, new ListCategories());
        var plans = await _forum.QueryAsync(db => QueryPlans.PlansAsync(db, _forum.SqlCommands.Commands));

        Assert.Equal(3, categories.Sum(c => c.QuestionCount));
        var steps = Assert.Single(plans).Steps;
        Assert.Contains(steps, s => s.Contains("INDEX IX_Questions_Public_CategoryId_CreatedAt", StringComparison.Ordinal));
        Assert.DoesNotContain("SCAN q", steps);
    }

    [Theory]
    [InlineData(QuestionSort.Newest)]
    [InlineData(QuestionSort.Unanswered)]
    public async Task A_members_count_takes_in_their_own_hidden_question_and_reads_indexes_instead_of_every_question(string sort)
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var reader = await _forum.CreateMemberAsync("reader");
        for (var i = 0; i < 3; i++)
            await _forum.AskAsync(asker, $"A question on the list, number {i}");
        var hidden = await _forum.AskAsync(asker, "A question a moderator hid from the list");
        await _forum.QueryAsync(async db =>
        {
            (await db.Questions.FindAsync(hidden))!.Hide(null, "spam", _forum.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });

        _forum.SqlCommands.Reset();
        var askers = await _forum.SendAsync(asker, new ListQuestions(sort));
        var plans = await _forum.QueryAsync(db => QueryPlans.PlansAsync(db, _forum.SqlCommands.Commands));
        var readers = await _forum.SendAsync(reader, new ListQuestions(sort));

        Assert.Equal(4, askers.Total);
        Assert.Contains(askers.Items, q => q.Id == hidden);
        Assert.Equal(3, readers.Total);
        Assert.DoesNotContain(readers.Items, q => q.Id == hidden);
        var counts = plans.Where(p => p.Text.Contains("COUNT(*)")).Select(p => p.Steps).ToList();
        Assert.Equal(2, counts.Count);
        Assert.Contains(counts, steps => string.Join(" ", steps).Contains("INDEX IX_Questions_Public_"));
        Assert.DoesNotContain("SCAN q", counts.SelectMany(steps => steps));
    }
}
