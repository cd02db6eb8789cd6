using Forum.Domain.Entities;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Questions;
using Forum.Domain.Features.Voting;
using Forum.Domain.Tests.Moderation;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Questions;

public sealed class QuestionPageQueryTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    [Fact]
    public async Task A_first_view_of_a_question_page_runs_three_sql_commands_whatever_its_number_of_answers_and_a_reader_one_more()
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

        // The thread with its answers, its tags, then its FAQ articles and similar questions: read once for every reader.
        Assert.Equal(3, await CommandsFor(small, null));
        Assert.Equal(3, await CommandsFor(large, null));
        // The reader's standing, ties and votes, kept until the next write.
        Assert.Equal(1, await CommandsFor(small, voter));
        Assert.Equal(1, await CommandsFor(large, voter));
        Assert.Equal(0, await CommandsFor(large, voter));
    }

    [Fact]
    public async Task A_reader_sees_their_own_votes_and_ties_as_they_are_after_each_write_and_never_another_readers()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var voter = await _forum.CreateMemberAsync("voter", reputation: 500);
        var other = await _forum.CreateMemberAsync("other", reputation: 500);
        var id = await _forum.AskAsync(asker, "A question two readers keep coming back to");
        var answer = await _forum.AnswerAsync(asker, id);
        Assert.Equal(0, (await _forum.SendAsync(voter, new GetQuestionPage(id))).Viewer.VoteOn(PostType.Answer, answer));
        Assert.Equal(0, (await _forum.SendAsync(other, new GetQuestionPage(id))).Viewer.VoteOn(PostType.Answer, answer));

        await _forum.SendAsync(voter, new CastVote(PostType.Answer, answer, 1));
        await _forum.SendAsync(voter, new SayMeToo(id));

        var voters = (await _forum.SendAsync(voter, new GetQuestionPage(id))).Viewer;
        var others = (await _forum.SendAsync(other, new GetQuestionPage(id))).Viewer;
        Assert.Equal(1, voters.VoteOn(PostType.Answer, answer));
        Assert.True(voters.HasThisProblemToo);
        Assert.Equal(0, others.VoteOn(PostType.Answer, answer));
        Assert.False(others.HasThisProblemToo);

        await _forum.SendAsync(voter, new CastVote(PostType.Answer, answer, 0));
        Assert.Equal(0, (await _forum.SendAsync(voter, new GetQuestionPage(id))).Viewer.VoteOn(PostType.Answer, answer));
    }

    [Fact]
    public async Task A_thread_is_read_once_for_every_reader_and_read_again_after_the_next_write()
    {
        var asker = await _forum.CreateMemberAsync("asker", reputation: 100);
        var voter = await _forum.CreateMemberAsync("voter", reputation: 500);
        var id = await _forum.AskAsync(asker, "A question read by many people");
        var answer = await _forum.AnswerAsync(voter, id);
        await _forum.SendAsync(null, new GetQuestionPage(id));

        _forum.SqlCommands.Reset();
        var seenByVisitor = await _forum.SendAsync(null, new GetQuestionPage(id));
        Assert.Equal(0, _forum.SqlCommands.Count);
        await _forum.SendAsync(asker, new GetQuestionPage(id));
        Assert.InRange(_forum.SqlCommands.Count, 1, 2);

        await _forum.SendAsync(asker, new CastVote(PostType.Answer, answer, 1));
        var afterVote = await _forum.SendAsync(null, new GetQuestionPage(id));

        Assert.Equal(0, Assert.Single(seenByVisitor.Answers).Score);
        Assert.Equal(1, Assert.Single(afterVote.Answers).Score);
    }

    [Fact]
    public async Task Each_reader_sees_of_a_thread_read_once_exactly_what_the_visibility_rule_of_the_database_shows_them()
    {
        var author = await _forum.CreateMemberAsync("author", reputation: 500);
        var other = await _forum.CreateMemberAsync("other", reputation: 500);
        var newcomer = await _forum.CreateMemberAsync("newcomer");
        var moderator = await _forum.CreateMemberAsync("moderator");
        var id = await _forum.AskAsync(other, "A thread with posts in every moderation state");
        await _forum.AnswerAsync(author, id);
        var hidden = await _forum.AnswerAsync(author, id);
        var deleted = await _forum.AnswerAsync(author, id);
        await _forum.SendAsync(newcomer, new Forum.Domain.Features.Answers.PostAnswer(id, "Call +1 (555) 123-4567 and ask for the blank window fix today."));
        await _forum.ModerateAsync(moderator, new HidePost(PostType.Answer, hidden, "off-topic"));
        await _forum.ModerateAsync(moderator, new DeletePost(PostType.Answer, deleted, "spam"));

        foreach (var (viewer, roles) in new (string?, string[])[] { (null, []), (author, []), (newcomer, []), (other, []), (moderator, ModerationSamples.Moderator) })
        {
            var shown = (await _forum.SendAsync(viewer, new GetQuestionPage(id), roles)).Answers.Select(a => a.Id).Order();
            var byRule = await _forum.QueryAsync(db => db.Answers.Where(a => a.QuestionId == id)
                .VisibleTo(new Reader(viewer, roles), includeDeleted: true).Select(a => a.Id).OrderBy(a => a).ToListAsync());
            Assert.Equal(byRule, shown);
        }
    }

    private sealed record Reader(string? UserId, string[] Roles) : Forum.Domain.Common.ICurrentUser
    {
        public bool IsInRole(string role) => Roles.Contains(role);
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
        var scans = await _forum.QueryAsync(db => QueryPlans.ScansAsync(db, _forum.SqlCommands.Commands));

        Assert.Empty(scans);
    }
}
