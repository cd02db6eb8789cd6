using FluentValidation;
using Forum.Domain.Common;
using Forum.Domain.Features.Answers;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Answers;

public sealed class PostAnswerTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    [Fact]
    public async Task The_first_answer_by_someone_else_is_the_first_response()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");
        var id = await _forum.AskAsync(asker);

        _forum.Clock.Advance(TimeSpan.FromMinutes(3));
        await _forum.AnswerAsync(asker, id, "Adding more detail: it happens only on the second monitor.");
        Assert.Null(await _forum.QueryAsync(db => db.Questions.Where(q => q.Id == id).Select(q => q.FirstResponseAt).SingleAsync()));

        _forum.Clock.Advance(TimeSpan.FromMinutes(4));
        await _forum.AnswerAsync(helper, id);
        var question = await _forum.QueryAsync(db => db.Questions.SingleAsync(q => q.Id == id));
        Assert.Equal(_forum.Clock.GetUtcNow(), question.FirstResponseAt);
        Assert.Equal(2, question.AnswerCount);
        Assert.Equal(_forum.Clock.GetUtcNow(), question.LastActivityAt);
    }

    [Fact]
    public async Task An_answer_to_an_unknown_question_is_not_found_and_an_empty_one_is_refused()
    {
        var helper = await _forum.CreateMemberAsync("helper");
        var id = await _forum.AskAsync(await _forum.CreateMemberAsync("asker"));

        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(helper, new PostAnswer(12345, Samples.AnswerBody)));
        await Assert.ThrowsAsync<ValidationException>(() => _forum.SendAsync(helper, new PostAnswer(id, "   ")));
        Assert.Equal(0, await _forum.QueryAsync(db => db.Answers.CountAsync()));
    }

    [Fact]
    public async Task The_fifth_answer_in_a_minute_is_refused_until_the_minute_has_passed()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");
        var id = await _forum.AskAsync(asker);
        for (var i = 0; i < 4; i++)
            await _forum.AnswerAsync(helper, id, $"{Samples.AnswerBody} Variation {i}.");

        var limited = await Assert.ThrowsAsync<RateLimitedException>(() => _forum.AnswerAsync(helper, id));
        Assert.Equal(TimeSpan.FromMinutes(1), limited.RetryAfter);

        _forum.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        await _forum.AnswerAsync(helper, id);
    }

    [Fact]
    public async Task The_author_edits_an_answer_but_no_one_else_can()
    {
        var helper = await _forum.CreateMemberAsync("helper");
        var other = await _forum.CreateMemberAsync("other");
        var answer = await _forum.AnswerAsync(helper, await _forum.AskAsync(await _forum.CreateMemberAsync("asker")));

        await _forum.SendAsync(helper, new EditAnswer(answer, "Delete the cache folder, then restart the app twice.", null));
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(other, new EditAnswer(answer, "Something else entirely that is long enough.", null)));

        var html = await _forum.QueryAsync(db => db.Answers.Where(a => a.Id == answer).Select(a => a.BodyHtml).SingleAsync());
        Assert.Contains("restart the app twice", html);
    }

    [Fact]
    public async Task The_author_deletes_an_answer_and_the_answer_count_drops()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");
        var id = await _forum.AskAsync(asker);
        var answer = await _forum.AnswerAsync(helper, id);

        await _forum.SendAsync(helper, new DeleteAnswer(answer));

        Assert.Equal(0, await _forum.QueryAsync(db => db.Questions.Where(q => q.Id == id).Select(q => q.AnswerCount).SingleAsync()));
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(helper, new DeleteAnswer(answer)));
    }
}
