using FluentValidation;
using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Questions;
using Forum.Domain.Features.Users;
using Forum.Domain.Tests.Harness;

namespace Forum.Domain.Tests.Moderation;

public sealed class FlagPostTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    [Fact]
    public async Task Three_spam_flags_from_distinct_members_hide_an_answer_from_everyone_but_its_author_and_moderators()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var spammer = await _forum.CreateMemberAsync("spammer");
        var moderator = await _forum.CreateMemberAsync("moderator");
        var id = await _forum.AskAsync(asker);
        var answer = await _forum.AnswerAsync(spammer, id);
        var reporters = await _forum.ReportersAsync();

        var first = await _forum.FlagAsync(reporters[0], PostType.Answer, answer);
        var second = await _forum.FlagAsync(reporters[1], PostType.Answer, answer);
        var third = await _forum.FlagAsync(reporters[2], PostType.Answer, answer);

        Assert.False(first.PostHidden || second.PostHidden);
        Assert.True(third.PostHidden);
        var anonymous = await _forum.SendAsync(null, new GetQuestionPage(id));
        Assert.Empty(anonymous.Answers);
        Assert.Equal(0, anonymous.Question.AnswerCount);
        Assert.Empty((await _forum.SendAsync(asker, new GetQuestionPage(id))).Answers);
        var own = Assert.Single((await _forum.SendAsync(spammer, new GetQuestionPage(id))).Answers);
        Assert.Equal("hidden: flagged as spam", own.Moderation!.Label);
        var moderated = await _forum.SendAsync(moderator, new GetQuestionPage(id), Roles.Moderator);
        Assert.Equal(PostModeration.Hidden, Assert.Single(moderated.Answers).Moderation!.State);
        Assert.Equal("auto-hide", Assert.Single(moderated.ModerationHistory!).Action);
        Assert.Empty((await _forum.SendAsync(null, new GetMemberProfile(spammer))).Answers);
        Assert.Single((await _forum.SendAsync(spammer, new GetMemberProfile(spammer))).Answers);
    }

    [Fact]
    public async Task Two_spam_flags_and_one_off_topic_flag_do_not_hide_the_post()
    {
        var author = await _forum.CreateMemberAsync("author");
        var id = await _forum.AskAsync(author);
        var reporters = await _forum.ReportersAsync();

        await _forum.FlagByAllAsync(reporters[..2], PostType.Question, id);
        var offTopic = await _forum.FlagAsync(reporters[2], PostType.Question, id, "off-topic");

        Assert.False(offTopic.PostHidden);
        Assert.Single((await _forum.SendAsync(null, new ListQuestions())).Items);
    }

    [Fact]
    public async Task One_spam_flag_from_a_moderator_hides_a_question_from_lists_at_once()
    {
        var author = await _forum.CreateMemberAsync("author");
        var moderator = await _forum.CreateMemberAsync("moderator");
        var id = await _forum.AskAsync(author);

        var result = await _forum.SendAsync(moderator, new FlagPost(PostType.Question, id, "abusive"), Roles.Moderator);

        Assert.True(result.PostHidden);
        Assert.Empty((await _forum.SendAsync(null, new ListQuestions())).Items);
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(null, new GetQuestionPage(id)));
        var own = Assert.Single((await _forum.SendAsync(author, new ListQuestions())).Items);
        Assert.Equal("hidden: flagged as rude or abusive", own.Moderation!.Label);
        Assert.Single((await _forum.SendAsync(moderator, new ListQuestions(), Roles.Moderator)).Items);
        Assert.Equal(0, (await _forum.SendAsync(null, new Features.Categories.ListCategories())).Single(c => c.Slug == "desktop-app").QuestionCount);
    }

    [Fact]
    public async Task A_second_flag_by_the_same_member_on_the_same_post_is_a_conflict()
    {
        var author = await _forum.CreateMemberAsync("author");
        var reporter = (await _forum.ReportersAsync(1))[0];
        var id = await _forum.AskAsync(author);
        await _forum.FlagAsync(reporter, PostType.Question, id, "off-topic");

        await Assert.ThrowsAsync<ConflictException>(() => _forum.FlagAsync(reporter, PostType.Question, id, "spam"));

        Assert.Equal(1, await _forum.QueryAsync(db => Task.FromResult(db.Flags.Count())));
    }

    [Fact]
    public async Task Flagging_needs_15_reputation_and_is_not_for_ones_own_posts()
    {
        var author = await _forum.CreateMemberAsync("author", 20);
        var newcomer = await _forum.CreateMemberAsync("newcomer");
        var id = await _forum.AskAsync(author);

        var unprivileged = await Assert.ThrowsAsync<ForbiddenException>(() => _forum.FlagAsync(newcomer, PostType.Question, id));
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.FlagAsync(author, PostType.Question, id));

        Assert.Contains("15 reputation", unprivileged.Message);
    }

    [Fact]
    public async Task Hidden_and_deleted_posts_cannot_be_flagged()
    {
        var author = await _forum.CreateMemberAsync("author");
        var moderator = await _forum.CreateMemberAsync("moderator");
        var reporters = await _forum.ReportersAsync(4);
        var hidden = await _forum.AskAsync(author);
        var deleted = await _forum.AskAsync(author, "Another question about the blank window");
        await _forum.FlagByAllAsync(reporters[..3], PostType.Question, hidden);
        await _forum.SendAsync(author, new DeleteQuestion(deleted));

        await Assert.ThrowsAsync<NotFoundException>(() => _forum.FlagAsync(reporters[3], PostType.Question, hidden));
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.FlagAsync(reporters[3], PostType.Question, deleted));
        await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(moderator, new FlagPost(PostType.Question, hidden, "spam"), Roles.Moderator));
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.FlagAsync(reporters[3], PostType.Answer, 9999));
    }

    [Theory]
    [InlineData("not-an-answer", null, null)]
    [InlineData("duplicate", null, null)]
    [InlineData("needs-moderator", "  ", null)]
    [InlineData("nonsense", null, null)]
    [InlineData("", null, null)]
    public async Task A_flag_with_a_reason_that_does_not_fit_is_a_validation_error(string reason, string? note, int? duplicateOf)
    {
        var author = await _forum.CreateMemberAsync("author");
        var reporter = (await _forum.ReportersAsync(1))[0];
        var id = await _forum.AskAsync(author);

        await Assert.ThrowsAsync<ValidationException>(() => _forum.SendAsync(reporter, new FlagPost(PostType.Question, id, reason, note, duplicateOf)));
    }

    [Fact]
    public async Task A_duplicate_flag_needs_an_existing_original_and_an_oversized_note_is_refused()
    {
        var author = await _forum.CreateMemberAsync("author");
        var reporter = (await _forum.ReportersAsync(1))[0];
        var original = await _forum.AskAsync(author);
        var copy = await _forum.AskAsync(author, "The app shows a blank window when it starts");

        await Assert.ThrowsAsync<RuleViolationException>(() => _forum.SendAsync(reporter, new FlagPost(PostType.Question, copy, "duplicate", null, 9999)));
        await Assert.ThrowsAsync<RuleViolationException>(() => _forum.SendAsync(reporter, new FlagPost(PostType.Question, copy, "duplicate", null, copy)));
        await Assert.ThrowsAsync<ValidationException>(() => _forum.SendAsync(reporter, new FlagPost(PostType.Question, copy, "needs-moderator", new string('x', 501))));
        await _forum.SendAsync(reporter, new FlagPost(PostType.Question, copy, "duplicate", null, original));

        Assert.Equal(original, await _forum.QueryAsync(db => Task.FromResult(db.Flags.Single().DuplicateOfQuestionId)));
    }
}
