using Forum.Domain.Common;
using Forum.Domain.Features.Questions;
using Forum.Domain.Features.Search;
using Forum.Domain.Tests.Harness;

namespace Forum.Domain.Tests.Search;

/// <summary>The similar questions of a question page, kept by the read side (Infrastructure/Caching/SimilarQuestionsCache).</summary>
public sealed class SimilarQuestionsCacheTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    private async Task<IReadOnlyList<int>> SimilarToAsync(int questionId) =>
        (await _forum.SendAsync(null, new FindSimilarQuestions(QuestionId: questionId))).Select(q => q.Id).ToList();

    [Fact]
    public async Task The_ranking_is_kept_across_writes_but_a_question_removed_since_is_never_offered()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var ask = async (string title) => (await _forum.SendAsync(asker, Samples.Question(title), Roles.Staff)).Id;
        var updated = await ask("Sticky notes vanish after the update");
        var sleeping = await ask("Sticky notes vanish when the laptop sleeps");
        var current = await ask("Why do my sticky notes vanish?");
        var first = await SimilarToAsync(current);
        Assert.Equal([updated, sleeping], first.Order());

        // Asked since: the kept ranking does not know it yet (it is ranked again after a few minutes).
        await ask("Sticky notes vanish on restart");
        _forum.SqlCommands.Reset();
        Assert.Equal(first, await SimilarToAsync(current));
        Assert.Equal(1, _forum.SqlCommands.Count); // which of them are still public, and no ranking

        await _forum.SendAsync(asker, new DeleteQuestion(sleeping));
        Assert.Equal([updated], await SimilarToAsync(current));

        await _forum.SendAsync(asker, new DeleteQuestion(current));
        await Assert.ThrowsAsync<NotFoundException>(() => SimilarToAsync(current));
    }
}
