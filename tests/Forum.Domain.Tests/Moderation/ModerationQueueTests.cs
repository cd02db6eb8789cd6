using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Questions;
using Forum.Domain.Tests.Harness;

namespace Forum.Domain.Tests.Moderation;

public sealed class ModerationQueueTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    [Fact]
    public async Task The_queue_shows_one_card_per_post_oldest_first_with_all_flags_and_the_authors_standing()
    {
        var author = await _forum.CreateMemberAsync("author", 40);
        var moderator = await _forum.CreateMemberAsync("moderator");
        var reporters = await _forum.ReportersAsync();
        var older = await _forum.AskAsync(author);
        var newer = (await _forum.SendAsync(author, Samples.Question("Notifications stopped on my phone", category: "mobile-app"))).Id;
        await _forum.FlagAsync(reporters[0], PostType.Question, older, "off-topic");
        _forum.Clock.Advance(TimeSpan.FromMinutes(5));
        await _forum.FlagAsync(reporters[1], PostType.Question, newer, "needs-moderator");
        await _forum.FlagAsync(reporters[2], PostType.Question, older, "spam");

        var queue = await _forum.SendAsync(moderator, new GetModerationQueue(), Roles.Moderator);

        Assert.Equal([older, newer], queue.Items.Select(c => c.PostId));
        var card = queue.Items[0];
        Assert.Equal(["off-topic", "spam"], card.Flags.Select(f => f.Reason));
        Assert.Equal((40, 2), (card.Author.Reputation, card.Author.QuestionCount));
        Assert.Equal("Please look at this.", queue.Items[1].Flags[0].Note);
        Assert.Equal(2, await _forum.SendAsync(moderator, new CountModerationQueue(), Roles.Moderator));
        Assert.Equal([newer], (await _forum.SendAsync(moderator, new GetModerationQueue(Category: "mobile-app"), Roles.Moderator)).Items.Select(c => c.PostId));
        Assert.Equal([older], (await _forum.SendAsync(moderator, new GetModerationQueue(Reason: "spam"), Roles.Moderator)).Items.Select(c => c.PostId));
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() => _forum.SendAsync(moderator, new GetModerationQueue(Reason: "bogus"), Roles.Moderator));
    }

    [Fact]
    public async Task A_new_members_first_post_with_a_link_waits_for_approval()
    {
        var newcomer = await _forum.CreateMemberAsync("newcomer");
        var moderator = await _forum.CreateMemberAsync("moderator");
        var asked = await _forum.SendAsync(newcomer, Samples.Question(body: "The app shows a blank window, see https://example.com/screenshot.png for how it looks."));

        Assert.True(asked.AwaitingReview);
        Assert.Empty((await _forum.SendAsync(null, new ListQuestions())).Items);
        Assert.Equal("awaiting review", Assert.Single((await _forum.SendAsync(newcomer, new ListQuestions())).Items).Moderation!.Label);
        var card = Assert.Single((await _forum.SendAsync(moderator, new GetModerationQueue(Reason: "held"), Roles.Moderator)).Items);
        Assert.Equal(PostModeration.Held, card.Moderation!.State);

        await _forum.ModerateAsync(moderator, new ApprovePost(PostType.Question, asked.Id));

        Assert.Single((await _forum.SendAsync(null, new ListQuestions())).Items);
        Assert.Empty((await _forum.SendAsync(moderator, new GetModerationQueue(), Roles.Moderator)).Items);
    }

    [Fact]
    public async Task A_held_answer_does_not_count_until_approved_and_deleting_it_rejects_it()
    {
        var asker = await _forum.CreateMemberAsync("asker", 100);
        var newcomer = await _forum.CreateMemberAsync("newcomer");
        var moderator = await _forum.CreateMemberAsync("moderator");
        var id = await _forum.AskAsync(asker);

        var held = await _forum.SendAsync(newcomer, new Features.Answers.PostAnswer(id, "Call our support line on +1 (555) 123-4567 to get this fixed."));

        Assert.True(held.AwaitingReview);
        var page = await _forum.SendAsync(asker, new GetQuestionPage(id));
        Assert.Equal((0, 0), (page.Answers.Count, page.Question.AnswerCount));
        Assert.Null(page.Question.FirstResponseAt);
        Assert.Equal("awaiting review", Assert.Single((await _forum.SendAsync(newcomer, new GetQuestionPage(id))).Answers).Moderation!.Label);

        await _forum.ModerateAsync(moderator, new DeletePost(PostType.Answer, held.Id, "advertising"));
        Assert.Equal(1, await _forum.ReputationOfAsync(newcomer));
        Assert.Empty((await _forum.SendAsync(moderator, new GetModerationQueue(), Roles.Moderator)).Items);
    }

    [Fact]
    public async Task Trusted_members_and_links_in_later_posts_are_not_held_but_a_burst_of_links_is()
    {
        var trusted = await _forum.CreateMemberAsync("trusted", 15);
        var newcomer = await _forum.CreateMemberAsync("newcomer");
        var id = await _forum.AskAsync(trusted);
        Assert.False((await _forum.SendAsync(trusted, new Features.Answers.PostAnswer(id, "See https://example.com/help for the official guide."))).AwaitingReview);

        Assert.False((await _forum.SendAsync(newcomer, new Features.Answers.PostAnswer(id, "I have the same blank window on my laptop too."))).AwaitingReview);
        Assert.False((await _forum.SendAsync(newcomer, new Features.Answers.PostAnswer(id, "Maybe www.example.org has something about it."))).AwaitingReview);
        Assert.False((await _forum.SendAsync(newcomer, new Features.Answers.PostAnswer(id, "Or https://example.net/blank-window explains it."))).AwaitingReview);
        Assert.True((await _forum.SendAsync(newcomer, new Features.Answers.PostAnswer(id, "And https://example.com/more has even more on it."))).AwaitingReview);
    }

    [Fact]
    public async Task The_same_text_posted_twice_within_minutes_is_held_but_not_after_a_while()
    {
        var asker = await _forum.CreateMemberAsync("asker", 100);
        var member = await _forum.CreateMemberAsync("member", 100);
        var id = await _forum.AskAsync(asker);
        await _forum.AnswerAsync(member, id);

        var again = await _forum.SendAsync(member, new Features.Answers.PostAnswer(id, Samples.AnswerBody));
        _forum.Clock.Advance(TimeSpan.FromMinutes(11));
        var later = await _forum.SendAsync(member, new Features.Answers.PostAnswer(id, Samples.AnswerBody));

        Assert.True(again.AwaitingReview);
        Assert.False(later.AwaitingReview);
    }

    [Fact]
    public async Task The_twenty_first_flag_in_a_day_is_refused_and_moderators_are_exempt()
    {
        var reporter = (await _forum.ReportersAsync(1))[0];
        var moderator = await _forum.CreateMemberAsync("moderator");
        var author = await _forum.CreateMemberAsync("author", 100);
        var ids = new List<int>();
        for (var i = 0; i < 22; i++)
        {
            ids.Add((await _forum.SendAsync(author, Samples.Question($"Question number {i} about the blank window"), Roles.Staff)).Id);
        }
        for (var i = 0; i < 20; i++)
            await _forum.FlagAsync(reporter, PostType.Question, ids[i], "off-topic");

        await Assert.ThrowsAsync<RateLimitedException>(() => _forum.FlagAsync(reporter, PostType.Question, ids[20], "off-topic"));
        await _forum.SendAsync(moderator, new FlagPost(PostType.Question, ids[21], "off-topic"), Roles.Moderator);
    }

    [Fact]
    public void Version_numbers_and_dates_are_not_mistaken_for_phone_numbers()
    {
        Assert.False(PostScreening.HasLinkOrPhone("Version 10.0.19045.3803 on Windows 11, since 2026-11-02."));
        Assert.True(PostScreening.HasLinkOrPhone("Call 0800 123 4567 now"));
        Assert.True(PostScreening.HasLinkOrPhone("visit cheap-licences.shop"));
    }

    [Fact]
    public void The_address_of_an_uploaded_screenshot_is_not_mistaken_for_a_phone_number()
    {
        Assert.False(PostScreening.HasLinkOrPhone("The window I get:\n\n![blank](/images/0123456789012345678901234567abcd)"));
        Assert.True(PostScreening.HasLinkOrPhone("![blank](/images/0123456789012345678901234567abcd) call 0800 123 4567"));
    }

    [Fact]
    public async Task Questions_without_activity_for_180_days_are_archived_and_become_read_only()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper", 100);
        var old = await _forum.AskAsync(asker);
        _forum.Clock.Advance(TimeSpan.FromDays(100));
        var recent = await _forum.AskAsync(asker, "A newer question about the blank window");
        _forum.Clock.Advance(TimeSpan.FromDays(81));

        var archived = await _forum.SendAsync(null, new ArchiveInactiveQuestions());

        Assert.Equal(1, archived);
        Assert.Equal(QuestionStatus.Archived, (await _forum.SendAsync(null, new GetQuestionPage(old))).Question.Status);
        Assert.Equal(QuestionStatus.Open, (await _forum.SendAsync(null, new GetQuestionPage(recent))).Question.Status);
        await Assert.ThrowsAsync<ConflictException>(() => _forum.AnswerAsync(helper, old));
        await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(helper, new Features.Voting.CastVote(PostType.Question, old, 1)));
        await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(asker, new EditQuestion(old, "The app shows a blank window on start", Samples.Body + " Edited.", null, null)));
        Assert.Equal(0, await _forum.SendAsync(null, new ArchiveInactiveQuestions()));
    }
}
