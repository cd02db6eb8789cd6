using Forum.Domain.Entities;
using Forum.Domain.Features.Questions;
using Forum.Domain.Features.Voting;
using Forum.Domain.Tests.Support;
using Microsoft.EntityFrameworkCore;

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

    [Fact]
    public async Task The_question_page_reads_through_indexes_and_never_scans_a_whole_table()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var voter = await _forum.CreateMemberAsync("voter", reputation: 500);
        var question = (await _forum.SendAsync(asker, Samples.Question("A question with tags and answers", tags: ["sync", "backup"]))).Id;
        await _forum.SendAsync(asker, Samples.Question("Another question with the same tags", Samples.Body + " Also on my laptop.", tags: ["sync", "backup"]));
        await _forum.AnswerAsync(voter, question);

        _forum.SqlCommands.Reset();
        await _forum.SendAsync(voter, new GetQuestionPage(question));
        var scans = await _forum.QueryAsync(db => TableScansAsync(db, _forum.SqlCommands.Commands));

        Assert.Empty(scans);
    }

    /// <summary>
    /// The "SCAN" steps of SQLite's plans for <paramref name="commands"/> that read a table rather than a
    /// subquery the plan itself built (a CO-ROUTINE or MATERIALIZE step).
    /// </summary>
    private static async Task<List<string>> TableScansAsync(Microsoft.EntityFrameworkCore.DbContext db, IReadOnlyList<SqlCommandRecord> commands)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var scans = new List<string>();
        foreach (var command in commands)
        {
            await using var explain = connection.CreateCommand();
            explain.CommandText = "EXPLAIN QUERY PLAN " + command.Text;
            foreach (var (name, value) in command.Parameters)
            {
                var parameter = explain.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                explain.Parameters.Add(parameter);
            }
            var steps = new List<string>();
            await using (var reader = await explain.ExecuteReaderAsync())
                while (await reader.ReadAsync())
                    steps.Add(reader.GetString(3));
            var subqueries = steps.Where(s => s.StartsWith("CO-ROUTINE ", StringComparison.Ordinal) || s.StartsWith("MATERIALIZE ", StringComparison.Ordinal))
                .Select(s => s.Split(' ')[1]).ToHashSet();
            scans.AddRange(steps.Where(s => s.StartsWith("SCAN ", StringComparison.Ordinal) && !subqueries.Contains(s.Split(' ')[1]))
                .Select(s => $"{s} in: {command.Text}"));
        }
        return scans;
    }
}
