using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Questions;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Questions;

public sealed class EditAndDeleteQuestionTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    private static EditQuestion Edit(int id, Guid? version, string title = "The app shows a grey window on start") =>
        new(id, title, Samples.Body + " Edited.", ["startup"], version);

    [Fact]
    public async Task The_asker_edits_their_question_and_the_edit_is_in_its_history()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var id = await _forum.AskAsync(asker);
        var version = await _forum.QueryAsync(db => db.Questions.Where(q => q.Id == id).Select(q => q.Version).SingleAsync());

        var edited = await _forum.SendAsync(asker, Edit(id, version));

        var history = await _forum.SendAsync(null, new GetPostHistory(PostType.Question, id));
        var revision = Assert.Single(history.Revisions);
        Assert.Equal("asker", revision.EditorName);
        Assert.Equal("The app shows a grey window on start", revision.Title);
        Assert.NotEqual(version, edited.Version);
        Assert.Equal("the-app-shows-a-grey-window-on-start", await _forum.QueryAsync(db => db.Questions.Where(q => q.Id == id).Select(q => q.Slug).SingleAsync()));
    }

    [Fact]
    public async Task Another_member_cannot_edit_the_question_until_they_have_2000_reputation()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var other = await _forum.CreateMemberAsync("other", reputation: 1999);
        var trusted = await _forum.CreateMemberAsync("trusted", reputation: 2000);
        var id = await _forum.AskAsync(asker);

        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(other, Edit(id, null)));
        await _forum.SendAsync(trusted, Edit(id, null));
    }

    [Fact]
    public async Task A_stale_edit_is_refused_and_the_other_edit_is_kept()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var moderator = await _forum.CreateMemberAsync("moderator");
        var id = await _forum.AskAsync(asker);
        var original = await _forum.QueryAsync(db => db.Questions.Where(q => q.Id == id).Select(q => q.Version).SingleAsync());

        await _forum.SendAsync(moderator, Edit(id, original, title: "Blank window when the app starts up"), Roles.Moderator);
        await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(asker, Edit(id, original)));

        Assert.Equal("Blank window when the app starts up", await _forum.QueryAsync(db => db.Questions.Where(q => q.Id == id).Select(q => q.Title).SingleAsync()));
    }

    [Fact]
    public async Task A_vote_does_not_make_an_open_editor_stale()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var voter = await _forum.CreateMemberAsync("voter", reputation: 50);
        var id = await _forum.AskAsync(asker);
        var version = await _forum.QueryAsync(db => db.Questions.Where(q => q.Id == id).Select(q => q.Version).SingleAsync());

        await _forum.SendAsync(voter, new Features.Voting.CastVote(PostType.Question, id, 1));

        await _forum.SendAsync(asker, Edit(id, version));
    }

    [Fact]
    public async Task The_asker_deletes_an_unanswered_question_and_it_disappears_from_lists()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var id = await _forum.AskAsync(asker);

        await _forum.SendAsync(asker, new DeleteQuestion(id));

        Assert.Empty((await _forum.SendAsync(null, new ListQuestions())).Items);
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(null, new GetQuestionPage(id)));
    }

    [Fact]
    public async Task A_question_with_answers_cannot_be_deleted_and_only_its_asker_may_try()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");
        var id = await _forum.AskAsync(asker);
        await _forum.AnswerAsync(helper, id);

        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(helper, new DeleteQuestion(id)));
        await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(asker, new DeleteQuestion(id)));
    }

    [Fact]
    public async Task Editing_an_unknown_question_is_not_found()
    {
        var asker = await _forum.CreateMemberAsync("asker");

        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(asker, Edit(999, null)));
    }
}
