using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Questions;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Domain.Tests.Moderation;

/// <summary>Respect (issue 6, item 9): rude words warn before posting; posted anyway, they bring an automatic flag.</summary>
public sealed class RespectTests : IDisposable
{
    private const string RudeBody = "Whoever wrote this update is an idiot, the app shows a blank window now.";
    private readonly ForumHarness _forum = new(services => services.AddSingleton(new RespectOptions { RudeWords = ["idiot*", "stupid"] }));

    public void Dispose() => _forum.Dispose();

    [Fact]
    public async Task A_question_with_rude_words_is_not_posted_when_the_asker_asked_to_be_warned()
    {
        var asker = await _forum.CreateMemberAsync("asker");

        var warning = await Assert.ThrowsAsync<RudeWordsException>(() =>
            _forum.SendAsync(asker, Samples.Question("This stupid app shows a blank window", RudeBody) with { WarnIfRude = true }));

        Assert.Equal(["stupid", "idiot"], warning.Words);
        Assert.Contains("people here are volunteers", warning.Message);
        Assert.Equal(0, await _forum.QueryAsync(db => db.Questions.CountAsync()));
        Assert.Equal(0, await _forum.QueryAsync(db => db.Flags.CountAsync()));
    }

    [Fact]
    public async Task A_question_posted_anyway_stays_visible_and_gets_one_automatic_flag_from_the_forum()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var moderator = await _forum.CreateMemberAsync("moderator");

        var asked = await _forum.SendAsync(asker, Samples.Question(body: RudeBody));

        Assert.True(asked.FlaggedAsRude);
        Assert.False(asked.AwaitingReview);
        Assert.Single((await _forum.SendAsync(null, new ListQuestions())).Items);
        var flag = await _forum.QueryAsync(db => db.Flags.SingleAsync());
        Assert.Null(flag.ReporterId);
        Assert.Equal((PostType.Question, asked.Id, asked.Id), (flag.PostType, flag.PostId, flag.QuestionId));
        Assert.Equal(FlagReason.Abusive, flag.Reason);
        Assert.Equal("Automatic: rude words: idiot", flag.Note);
        var card = Assert.Single((await _forum.SendAsync(moderator, new GetModerationQueue(), Roles.Moderator)).Items);
        var line = Assert.Single(card.Flags);
        Assert.True(line.Automatic);
        Assert.Equal(RespectScreening.ForumReporterName, line.ReporterName);
        Assert.Equal("abusive", line.Reason);
    }

    [Fact]
    public async Task Polite_posts_and_edits_bring_no_flag()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");

        var asked = await _forum.SendAsync(asker, Samples.Question("Scunthorpe library app shows a blank window") with { WarnIfRude = true });
        var answered = await _forum.SendAsync(helper, new PostAnswer(asked.Id, Samples.AnswerBody, WarnIfRude: true));
        var edited = await _forum.SendAsync(helper, new EditAnswer(answered.Id, Samples.AnswerBody + " It worked for me.", null, WarnIfRude: true));

        Assert.False(asked.FlaggedAsRude || answered.FlaggedAsRude || edited.FlaggedAsRude);
        Assert.Equal(0, await _forum.QueryAsync(db => db.Flags.CountAsync()));
    }

    [Fact]
    public async Task An_answer_with_rude_words_warns_first_and_is_flagged_when_posted_anyway()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");
        var id = await _forum.AskAsync(asker);
        const string body = "Only an IDIOT would not clear the cache first, it is in the manual.";

        await Assert.ThrowsAsync<RudeWordsException>(() => _forum.SendAsync(helper, new PostAnswer(id, body, WarnIfRude: true)));
        Assert.Equal(0, await _forum.QueryAsync(db => db.Answers.CountAsync()));
        var posted = await _forum.SendAsync(helper, new PostAnswer(id, body));

        Assert.True(posted.FlaggedAsRude);
        var flag = await _forum.QueryAsync(db => db.Flags.SingleAsync());
        Assert.Equal((PostType.Answer, posted.Id, id, "Automatic: rude words: idiot"), (flag.PostType, flag.PostId, flag.QuestionId, flag.Note));
        Assert.Single((await _forum.SendAsync(null, new GetQuestionPage(id))).Answers);
    }

    [Fact]
    public async Task Edits_with_rude_words_are_flagged_once_while_the_flag_is_pending_and_again_after_it_was_handled()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var moderator = await _forum.CreateMemberAsync("moderator");
        var id = await _forum.AskAsync(asker);
        var version = (await _forum.SendAsync(asker, new GetQuestionPage(id))).Question.Version;

        await Assert.ThrowsAsync<RudeWordsException>(() =>
            _forum.SendAsync(asker, new EditQuestion(id, "The stupid app shows a blank window", Samples.Body, null, version, WarnIfRude: true)));
        Assert.Equal(version, (await _forum.SendAsync(asker, new GetQuestionPage(id))).Question.Version);
        var first = await _forum.SendAsync(asker, new EditQuestion(id, "The stupid app shows a blank window", Samples.Body, null, version));
        var second = await _forum.SendAsync(asker, new EditQuestion(id, "The stupid app still shows a blank window", RudeBody, null, first.Version));

        Assert.True(first.FlaggedAsRude && second.FlaggedAsRude);
        Assert.Equal("Automatic: rude words: stupid", (await _forum.QueryAsync(db => db.Flags.SingleAsync())).Note);

        await _forum.ModerateAsync(moderator, new DismissFlags(PostType.Question, id));
        var third = await _forum.SendAsync(asker, new EditQuestion(id, "The stupid app still shows a blank window", RudeBody + " Again.", null, second.Version));

        Assert.True(third.FlaggedAsRude);
        var flags = await _forum.QueryAsync(db => db.Flags.OrderBy(f => f.Id).Select(f => new { f.Status, f.ReporterId }).ToListAsync());
        Assert.Equal([FlagStatus.Dismissed, FlagStatus.Pending], flags.Select(f => f.Status));
        Assert.All(flags, f => Assert.Null(f.ReporterId));
    }

    [Fact]
    public async Task An_edited_answer_with_rude_words_is_flagged()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");
        var answer = await _forum.AnswerAsync(helper, await _forum.AskAsync(asker));

        var edited = await _forum.SendAsync(helper, new EditAnswer(answer, Samples.AnswerBody + " Stupid, I know.", null));

        Assert.True(edited.FlaggedAsRude);
        var flag = await _forum.QueryAsync(db => db.Flags.SingleAsync());
        Assert.Equal((PostType.Answer, answer, FlagStatus.Pending), (flag.PostType, flag.PostId, flag.Status));
    }

    [Fact]
    public async Task The_automatic_flag_counts_neither_toward_hiding_the_post_nor_toward_anyones_flags()
    {
        var author = await _forum.CreateMemberAsync("author");
        var moderator = await _forum.CreateMemberAsync("moderator");
        var asked = await _forum.SendAsync(author, Samples.Question(body: RudeBody));
        var reporters = await _forum.ReportersAsync();

        var second = await _forum.FlagAsync(reporters[0], PostType.Question, asked.Id, "abusive");
        var third = await _forum.FlagAsync(reporters[1], PostType.Question, asked.Id, "abusive");

        Assert.False(second.PostHidden || third.PostHidden);
        Assert.Single((await _forum.SendAsync(null, new ListQuestions())).Items);
        Assert.True((await _forum.FlagAsync(reporters[2], PostType.Question, asked.Id, "abusive")).PostHidden);

        var approved = await _forum.ModerateAsync(moderator, new ApprovePost(PostType.Question, asked.Id));
        Assert.Equal(4, approved.FlagsResolved);
        foreach (var member in new[] { author, moderator })
        {
            var mine = await _forum.SendAsync(member, new GetMyFlags());
            Assert.Equal((0, 0, 0), (mine.Helpful, mine.Declined, mine.Pending));
        }
        Assert.Equal(1, (await _forum.SendAsync(reporters[0], new GetMyFlags())).Helpful);
    }
}
