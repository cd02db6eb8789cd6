using Forum.Domain.Features.Questions;
using Forum.Domain.Tests.Support;

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
}
