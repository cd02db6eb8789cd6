using FluentValidation;
using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Questions;
using Forum.Domain.Features.Voting;
using Forum.Domain.Tests.Harness;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Moderation;

public sealed class ModeratePostTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    private async Task<(string Asker, string Author, string Moderator, int QuestionId, int AnswerId)> FlaggedSpamAnswerAsync(int authorReputation = 300)
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var author = await _forum.CreateMemberAsync("author", authorReputation);
        var moderator = await _forum.CreateMemberAsync("moderator");
        var id = await _forum.AskAsync(asker);
        var answer = await _forum.AnswerAsync(author, id);
        await _forum.FlagByAllAsync(await _forum.ReportersAsync(), PostType.Answer, answer);
        return (asker, author, moderator, id, answer);
    }

    [Fact]
    public async Task Deleting_a_spam_answer_costs_its_author_100_upholds_the_flags_and_is_in_the_audit_log()
    {
        var (_, author, moderator, id, answer) = await FlaggedSpamAnswerAsync();

        var result = await _forum.ModerateAsync(moderator, new DeletePost(PostType.Answer, answer));

        Assert.Equal((3, PostModeration.Deleted), (result.FlagsResolved, result.Moderation!.State));
        Assert.Equal(200, await _forum.ReputationOfAsync(author));
        Assert.Empty((await _forum.SendAsync(author, new GetQuestionPage(id))).Answers);
        var reporter = await _forum.QueryAsync(db => db.Flags.Select(f => f.ReporterId).FirstAsync());
        var mine = await _forum.SendAsync(reporter, new GetMyFlags());
        Assert.Equal((1, "upheld", "Post deleted"), (mine.Helpful, mine.Items[0].Status, mine.Items[0].Outcome));
        var log = await _forum.SendAsync(moderator, new GetModerationLog(Action: "delete"), Roles.Moderator);
        var entry = Assert.Single(log.Items);
        Assert.Equal((moderator, "answer", answer, author, "spam"), (entry.ModeratorId, entry.PostType, entry.PostId, entry.MemberId, entry.Reason));
        Assert.Empty((await _forum.SendAsync(moderator, new GetModerationQueue(), Roles.Moderator)).Items);
    }

    [Fact]
    public async Task Restoring_a_removed_post_shows_it_again_and_gives_the_reputation_back()
    {
        var (asker, author, moderator, id, answer) = await FlaggedSpamAnswerAsync();
        await _forum.ModerateAsync(moderator, new DeletePost(PostType.Answer, answer));
        var other = await _forum.CreateMemberAsync("other moderator");

        await _forum.ModerateAsync(other, new RestorePost(PostType.Answer, answer));

        Assert.Equal(300, await _forum.ReputationOfAsync(author));
        var page = await _forum.SendAsync(asker, new GetQuestionPage(id));
        Assert.Null(Assert.Single(page.Answers).Moderation);
        Assert.Equal(1, page.Question.AnswerCount);
    }

    [Fact]
    public async Task Approving_spam_flags_hides_the_post_and_a_later_delete_does_not_charge_twice()
    {
        var (_, author, moderator, _, answer) = await FlaggedSpamAnswerAsync();

        var approved = await _forum.ModerateAsync(moderator, new ApprovePost(PostType.Answer, answer));
        await _forum.ModerateAsync(moderator, new DeletePost(PostType.Answer, answer));

        Assert.Equal(PostModeration.Hidden, approved.Moderation!.State);
        Assert.Equal(200, await _forum.ReputationOfAsync(author));
    }

    [Fact]
    public async Task Dismissing_the_flags_shows_an_auto_hidden_post_again_and_costs_nothing()
    {
        var (asker, author, moderator, id, answer) = await FlaggedSpamAnswerAsync();

        var result = await _forum.ModerateAsync(moderator, new DismissFlags(PostType.Answer, answer));

        Assert.Null(result.Moderation);
        Assert.Equal(300, await _forum.ReputationOfAsync(author));
        Assert.Single((await _forum.SendAsync(asker, new GetQuestionPage(id))).Answers);
        var reporter = await _forum.QueryAsync(db => db.Flags.Select(f => f.ReporterId).FirstAsync());
        var mine = await _forum.SendAsync(reporter, new GetMyFlags());
        Assert.Equal((0, 1, "dismissed"), (mine.Helpful, mine.Declined, mine.Items[0].Status));
    }

    [Fact]
    public async Task An_action_on_an_item_already_handled_is_a_conflict_with_no_second_effect()
    {
        var (_, author, moderator, id, answer) = await FlaggedSpamAnswerAsync();
        await _forum.ModerateAsync(moderator, new DeletePost(PostType.Answer, answer));

        await Assert.ThrowsAsync<ConflictException>(() => _forum.ModerateAsync(moderator, new DeletePost(PostType.Answer, answer)));
        await Assert.ThrowsAsync<ConflictException>(() => _forum.ModerateAsync(moderator, new ApprovePost(PostType.Answer, answer)));
        await Assert.ThrowsAsync<ConflictException>(() => _forum.ModerateAsync(moderator, new DismissFlags(PostType.Answer, answer)));
        await Assert.ThrowsAsync<ConflictException>(() => _forum.ModerateAsync(moderator, new RestorePost(PostType.Question, id)));
        await Assert.ThrowsAsync<ConflictException>(() => _forum.ModerateAsync(moderator, new UnlockQuestion(id)));

        Assert.Equal(200, await _forum.ReputationOfAsync(author));
        Assert.Equal(1, (await _forum.SendAsync(moderator, new GetModerationLog(Action: "delete"), Roles.Moderator)).Total);
    }

    [Fact]
    public async Task Hiding_with_a_reason_hides_the_post_and_hiding_it_again_is_a_conflict()
    {
        var asker = await _forum.CreateMemberAsync("asker", 50);
        var moderator = await _forum.CreateMemberAsync("moderator");
        var id = await _forum.AskAsync(asker);

        await Assert.ThrowsAsync<ValidationException>(() => _forum.ModerateAsync(moderator, new HidePost(PostType.Question, id, null)));
        await _forum.ModerateAsync(moderator, new HidePost(PostType.Question, id, "Personal data in the question"));
        await Assert.ThrowsAsync<ConflictException>(() => _forum.ModerateAsync(moderator, new HidePost(PostType.Question, id, "again")));

        Assert.Equal("hidden: Personal data in the question", (await _forum.SendAsync(asker, new GetQuestionPage(id))).Question.Moderation!.Label);
        Assert.Equal(50, await _forum.ReputationOfAsync(asker));
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(null, new GetQuestionPage(id)));
    }

    [Fact]
    public async Task A_locked_question_takes_no_answers_or_votes_until_it_is_unlocked()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper", 200);
        var moderator = await _forum.CreateMemberAsync("moderator");
        var id = await _forum.AskAsync(asker);

        await _forum.ModerateAsync(moderator, new LockQuestion(id, "Heated thread"));
        await Assert.ThrowsAsync<ConflictException>(() => _forum.ModerateAsync(moderator, new LockQuestion(id)));
        await Assert.ThrowsAsync<ConflictException>(() => _forum.AnswerAsync(helper, id));
        await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(helper, new CastVote(PostType.Question, id, 1)));
        Assert.Equal(QuestionStatus.Locked, (await _forum.SendAsync(null, new GetQuestionPage(id))).Question.Status);

        await _forum.ModerateAsync(moderator, new UnlockQuestion(id));
        await _forum.AnswerAsync(helper, id);
        Assert.Equal(QuestionStatus.Open, (await _forum.SendAsync(null, new GetQuestionPage(id))).Question.Status);
    }

    [Fact]
    public async Task Closing_as_a_duplicate_links_the_original_and_stops_answers()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var moderator = await _forum.CreateMemberAsync("moderator");
        var original = await _forum.AskAsync(asker);
        var copy = await _forum.AskAsync(await _forum.CreateMemberAsync("other"), "The window stays blank when the app starts");

        await Assert.ThrowsAsync<ValidationException>(() => _forum.ModerateAsync(moderator, new CloseAsDuplicate(copy, null)));
        await Assert.ThrowsAsync<RuleViolationException>(() => _forum.ModerateAsync(moderator, new CloseAsDuplicate(copy, copy)));
        await _forum.ModerateAsync(moderator, new CloseAsDuplicate(copy, original));

        var page = await _forum.SendAsync(null, new GetQuestionPage(copy));
        Assert.Equal(QuestionStatus.ClosedAsDuplicate, page.Question.Status);
        Assert.Equal(original, page.Question.DuplicateOf!.QuestionId);
        Assert.False(page.IsOpenForAnswers);
        await Assert.ThrowsAsync<ConflictException>(() => _forum.AnswerAsync(asker, copy));
    }

    [Fact]
    public async Task A_suspended_author_cannot_post_vote_or_flag_and_their_sessions_end()
    {
        var (_, author, moderator, id, answer) = await FlaggedSpamAnswerAsync();
        var stampBefore = await _forum.QueryAsync(db => db.Users.Where(u => u.Id == author).Select(u => u.SecurityStamp).SingleAsync());

        await Assert.ThrowsAsync<ValidationException>(() => _forum.ModerateAsync(moderator, new SuspendAuthor(PostType.Answer, answer, "Spam", 3)));
        await _forum.ModerateAsync(moderator, new SuspendAuthor(PostType.Answer, answer, "Spam links", 7));

        var stampAfter = await _forum.QueryAsync(db => db.Users.Where(u => u.Id == author).Select(u => u.SecurityStamp).SingleAsync());
        Assert.NotEqual(stampBefore, stampAfter);
        var suspended = await Assert.ThrowsAsync<ForbiddenException>(() => _forum.AnswerAsync(author, id, "Another answer from a suspended member."));
        Assert.Contains("suspended", suspended.Message);
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(author, new CastVote(PostType.Question, id, 1)));
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.FlagAsync(author, PostType.Question, id));
        await Assert.ThrowsAsync<ConflictException>(() => _forum.ModerateAsync(moderator, new SuspendAuthor(PostType.Answer, answer, "again", 1)));

        _forum.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        await _forum.AnswerAsync(author, id, "Back after the suspension with a real answer this time.");
    }

    [Fact]
    public async Task Suspending_needs_a_reason_and_one_of_the_offered_lengths_and_purging_can_take_one_of_them_too()
    {
        var (_, author, moderator, _, answer) = await FlaggedSpamAnswerAsync();

        var noDays = await Assert.ThrowsAsync<ValidationException>(() => _forum.ModerateAsync(moderator, new SuspendAuthor(PostType.Answer, answer, "Spam", null)));
        var noReason = await Assert.ThrowsAsync<ValidationException>(() => _forum.ModerateAsync(moderator, new SuspendAuthor(PostType.Answer, answer, "  ", 7)));
        var oddDays = await Assert.ThrowsAsync<ValidationException>(() => _forum.ModerateAsync(moderator, new PurgeAuthor(PostType.Answer, answer, "Spam", 3)));
        Assert.Equal(["Days"], noDays.Errors.Select(e => e.PropertyName).Distinct());
        Assert.Equal(["Reason"], noReason.Errors.Select(e => e.PropertyName).Distinct());
        Assert.Equal(["Days"], oddDays.Errors.Select(e => e.PropertyName).Distinct());

        await _forum.ModerateAsync(moderator, new PurgeAuthor(PostType.Answer, answer, "Spam account", 30));

        Assert.Equal(_forum.Clock.GetUtcNow().AddDays(30), await _forum.QueryAsync(db => db.Members.Where(m => m.Id == author).Select(m => m.SuspendedUntil).SingleAsync()));
    }

    [Fact]
    public async Task Locking_and_closing_act_on_a_question_that_exists_and_say_what_was_done()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var moderator = await _forum.CreateMemberAsync("moderator");
        var id = await _forum.AskAsync(asker);
        var unknown = id + 1000;

        await Assert.ThrowsAsync<NotFoundException>(() => _forum.ModerateAsync(moderator, new LockQuestion(unknown)));
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.ModerateAsync(moderator, new CloseAsDuplicate(unknown, id)));
        var locked = await _forum.ModerateAsync(moderator, new LockQuestion(id, "Heated thread"));

        Assert.Equal(("lock", PostType.Question, id, QuestionStatus.Locked), (locked.Action, locked.PostType, locked.PostId, locked.QuestionStatus));
        var log = await _forum.SendAsync(moderator, new GetModerationLog(Action: "lock"), Roles.Moderator);
        Assert.Equal(("Heated thread", id), (log.Items.Single().Reason, log.Items.Single().PostId));
    }

    [Fact]
    public async Task Purging_a_spam_account_removes_all_its_posts_and_suspends_it_permanently()
    {
        var (asker, author, moderator, id, answer) = await FlaggedSpamAnswerAsync(authorReputation: 500);
        var ownQuestion = await _forum.AskAsync(author, "Cheap licences for the app, message me");
        var otherAnswer = await _forum.AnswerAsync(author, await _forum.AskAsync(asker, "Second question about the app window"), "Buy cheap licences from my shop today.");

        await _forum.ModerateAsync(moderator, new PurgeAuthor(PostType.Answer, answer, "Spam account"));

        Assert.Equal(Member.Permanently, await _forum.QueryAsync(db => db.Members.Where(m => m.Id == author).Select(m => m.SuspendedUntil).SingleAsync()));
        Assert.DoesNotContain((await _forum.SendAsync(null, new ListQuestions())).Items, q => q.Id == ownQuestion);
        Assert.Empty((await _forum.SendAsync(null, new GetQuestionPage(id))).Answers);
        Assert.Equal(500 - 3 * 100, await _forum.ReputationOfAsync(author));
        var log = await _forum.SendAsync(moderator, new GetModerationLog(MemberId: author), Roles.Moderator);
        Assert.Equal(["auto-hide", "delete", "delete", "purge-author"], log.Items.Select(e => e.Action).Order().ToArray());
        Assert.Contains(log.Items, e => e.PostId == otherAnswer);
        await Assert.ThrowsAsync<ConflictException>(() => _forum.ModerateAsync(moderator, new PurgeAuthor(PostType.Answer, answer, "Spam account")));
    }

    [Fact]
    public async Task Moderators_cannot_suspend_staff_and_members_cannot_moderate()
    {
        var staff = await _forum.CreateMemberAsync("staff");
        var moderator = await _forum.CreateMemberAsync("moderator");
        var member = await _forum.CreateMemberAsync("member", 5000);
        await _forum.QueryAsync(async db =>
        {
            var role = new IdentityRole(Roles.Staff) { NormalizedName = "STAFF" };
            db.Roles.Add(role);
            db.UserRoles.Add(new IdentityUserRole<string> { RoleId = role.Id, UserId = staff });
            return await db.SaveChangesAsync();
        });
        var id = (await _forum.SendAsync(staff, Samples.Question(), Roles.Staff)).Id;

        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.ModerateAsync(moderator, new SuspendAuthor(PostType.Question, id, "No", 1)));
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(member, new LockQuestion(id)));
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(member, new GetModerationQueue()));
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(member, new GetModerationLog()));
        await Assert.ThrowsAsync<UnauthenticatedException>(() => _forum.SendAsync(null, new CountModerationQueue()));
    }

    [Fact]
    public async Task An_accepted_answer_that_is_hidden_stays_accepted_but_unseen()
    {
        var (asker, _, moderator, id, answer) = await FlaggedSpamAnswerAsync();
        await _forum.ModerateAsync(moderator, new DismissFlags(PostType.Answer, answer));
        await _forum.SendAsync(asker, new AcceptAnswer(answer));

        await _forum.ModerateAsync(moderator, new HidePost(PostType.Answer, answer, "Wrong advice that could lose data"));

        var page = await _forum.SendAsync(null, new GetQuestionPage(id));
        Assert.Empty(page.Answers);
        Assert.Equal(0, page.Question.AnswerCount);
    }
}
