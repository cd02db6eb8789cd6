using FluentValidation;
using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Questions;

public sealed class AskQuestionTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    [Fact]
    public async Task A_member_asks_and_the_question_is_stored_with_its_rendered_body_tags_and_tier()
    {
        var asker = await _forum.CreateMemberAsync("asker");

        var asked = await _forum.SendAsync(asker, Samples.Question(body: "It shows **nothing** at all, only a blank window.", tags: ["Windows", "startup", "windows"]));

        var question = await _forum.QueryAsync(db => db.Questions.Include(q => q.Tags).SingleAsync(q => q.Id == asked.Id));
        Assert.Equal("the-app-shows-a-blank-window-on-start", asked.Slug);
        Assert.Contains("<strong>nothing</strong>", question.BodyHtml);
        Assert.Equal(["startup", "windows"], question.Tags.Select(t => t.Name).Order());
        Assert.Equal(QuestionStatus.Open, question.Status);
        Assert.Equal(SupportTier.Standard, question.AskerTier);
        Assert.Equal(_forum.Clock.GetUtcNow(), question.CreatedAt);
    }

    [Theory]
    [InlineData("Too short")]
    [InlineData("                  short               ")]
    public async Task A_title_under_15_characters_is_refused(string title)
    {
        var asker = await _forum.CreateMemberAsync("asker");

        var error = await Assert.ThrowsAsync<ValidationException>(() => _forum.SendAsync(asker, Samples.Question(title: title)));

        Assert.Contains(error.Errors, e => e.PropertyName == "Title");
        Assert.Equal(0, await _forum.QueryAsync(db => db.Questions.CountAsync()));
    }

    [Fact]
    public async Task A_title_over_150_characters_and_a_body_over_30000_are_refused()
    {
        var asker = await _forum.CreateMemberAsync("asker");

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            _forum.SendAsync(asker, Samples.Question(title: new string('t', 151), body: new string('b', 30_001))));

        Assert.Contains(error.Errors, e => e.PropertyName == "Title");
        Assert.Contains(error.Errors, e => e.PropertyName == "Body");
    }

    [Fact]
    public async Task A_body_under_30_characters_is_refused()
    {
        var asker = await _forum.CreateMemberAsync("asker");

        var error = await Assert.ThrowsAsync<ValidationException>(() => _forum.SendAsync(asker, Samples.Question(body: "Help me please")));

        Assert.Contains(error.Errors, e => e.PropertyName == "Body");
    }

    [Fact]
    public async Task An_unknown_category_is_refused_and_nothing_is_written()
    {
        var asker = await _forum.CreateMemberAsync("asker");

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => _forum.SendAsync(asker, Samples.Question(category: "no-such-product", tags: ["newtag"])));

        Assert.Equal("Category", error.Field);
        Assert.Equal(0, await _forum.QueryAsync(db => db.Tags.CountAsync()));
    }

    [Theory]
    [InlineData("a", "b", "c", "d", "e", "f")]
    [InlineData("has space")]
    [InlineData("<script>")]
    [InlineData("'; DROP TABLE Questions; --")]
    public async Task More_than_five_or_malformed_tags_are_refused(params string[] tags)
    {
        var asker = await _forum.CreateMemberAsync("asker");

        var error = await Assert.ThrowsAsync<ValidationException>(() => _forum.SendAsync(asker, Samples.Question(tags: tags)));

        Assert.Contains(error.Errors, e => e.PropertyName == "Tags");
    }

    [Fact]
    public async Task Asking_without_logging_in_is_refused()
    {
        await Assert.ThrowsAsync<UnauthenticatedException>(() => _forum.SendAsync(null, Samples.Question()));
    }

    [Fact]
    public async Task Invisible_and_direction_changing_characters_are_removed_from_titles()
    {
        var asker = await _forum.CreateMemberAsync("asker");

        var asked = await _forum.SendAsync(asker, Samples.Question(title: "Sync\u202E stopped\u200B working after the update\u0007"));

        var title = await _forum.QueryAsync(db => db.Questions.Where(q => q.Id == asked.Id).Select(q => q.Title).SingleAsync());
        Assert.Equal("Sync stopped working after the update", title);
    }

    [Fact]
    public async Task Script_in_the_body_never_reaches_the_stored_html()
    {
        var asker = await _forum.CreateMemberAsync("asker");

        var asked = await _forum.SendAsync(asker, Samples.Question(body: "<script>alert(1)</script> and [click](javascript:alert(1)) <img src=x onerror=alert(1)>"));

        var html = await _forum.QueryAsync(db => db.Questions.Where(q => q.Id == asked.Id).Select(q => q.BodyHtml).SingleAsync());
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("javascript:", html);
        Assert.DoesNotContain("<img", html);
    }

    [Fact]
    public async Task The_sixth_question_in_a_day_is_refused_with_a_retry_time_and_staff_are_exempt()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        for (var i = 0; i < 5; i++)
        {
            await _forum.AskAsync(asker, $"Question number {i} about the blank window");
            _forum.Clock.Advance(TimeSpan.FromHours(1));
        }

        var limited = await Assert.ThrowsAsync<RateLimitedException>(() => _forum.AskAsync(asker, "Question number 6 about the blank window"));
        Assert.Equal(TimeSpan.FromHours(19), limited.RetryAfter);

        _forum.Clock.Advance(TimeSpan.FromHours(19) + TimeSpan.FromSeconds(1));
        await _forum.AskAsync(asker, "Question number 6 about the blank window");

        var staff = await _forum.CreateMemberAsync("staff");
        for (var i = 0; i < 6; i++)
            await _forum.SendAsync(staff, Samples.Question(title: $"Staff question number {i} here"), Roles.Staff);
    }

    [Fact]
    public async Task A_refused_attempt_does_not_use_up_the_daily_allowance()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        for (var i = 0; i < 10; i++)
            await Assert.ThrowsAsync<ValidationException>(() => _forum.SendAsync(asker, Samples.Question(title: "short")));

        for (var i = 0; i < 5; i++)
            await _forum.AskAsync(asker, $"Question number {i} about the blank window");
    }
}
