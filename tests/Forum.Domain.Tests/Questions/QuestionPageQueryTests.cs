using Forum.Domain.Entities;
using Forum.Domain.Features.Questions;
using Forum.Domain.Features.Voting;
using Forum.Domain.Tests.Support;

namespace Forum.Domain.Tests.Questions;

public sealed class QuestionPageQueryTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    [Fact]
    public async Task The_question_page_runs_the_same_few_sql_commands_whatever_its_number_of_answers()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var voter = await _forum.CreateMemberAsync("voter", reputation: 500);
        var small = await _forum.AskAsync(asker, "A question with a single answer");
        var large = await _forum.AskAsync(asker, "A question with many answers here");
        await _forum.AnswerAsync(voter, small);
        for (var i = 0; i < 20; i++)
        {
            var answer = await _forum.AnswerAsync(await _forum.CreateMemberAsync($"helper{i}"), large);
            await _forum.SendAsync(voter, new CastVote(PostType.Answer, answer, 1), Forum.Domain.Common.Roles.Staff);
        }

        async Task<int> CommandsFor(int id, string? viewer)
        {
            _forum.SqlCommands.Reset();
            await _forum.SendAsync(viewer, new GetQuestionPage(id));
            return _forum.SqlCommands.Count;
        }

        Assert.Equal(await CommandsFor(small, null), await CommandsFor(large, null));
        Assert.Equal(await CommandsFor(small, voter), await CommandsFor(large, voter));
        Assert.InRange(await CommandsFor(large, voter), 1, 6);
    }
}
