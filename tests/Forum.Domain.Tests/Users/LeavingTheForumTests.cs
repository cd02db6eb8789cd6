using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Notifications;
using Forum.Domain.Features.Questions;
using Forum.Domain.Features.Reputation;
using Forum.Domain.Features.Users;
using Forum.Domain.Features.Voting;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Users;

/// <summary>Deleting an account and removing one (docs/account-deletion.md), and downloading one's data.</summary>
public sealed class LeavingTheForumTests : IDisposable
{
    private readonly ForumHarness _forum = new();

    public void Dispose() => _forum.Dispose();

    [Fact]
    public async Task A_member_who_deletes_their_account_leaves_their_posts_behind_as_a_former_members()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var helper = await _forum.CreateMemberAsync("helper");
        var question = await _forum.AskAsync(asker);
        var answer = await _forum.AnswerAsync(helper, question);

        await _forum.SendAsync(helper, new DeleteMyAccount());

        var page = await _forum.SendAsync(null, new GetQuestionPage(question));
        var shown = Assert.Single(page.Answers);
        Assert.Equal((answer, Member.FormerMemberName), (shown.Id, shown.Author.DisplayName));
        Assert.Equal("asker", page.Question.Author.DisplayName);
    }

    [Fact]
    public async Task The_account_is_erased_and_its_personal_data_is_gone()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var question = await _forum.AskAsync(asker);
        await _forum.SendAsync(asker, new WatchQuestion(question));

        await _forum.SendAsync(asker, new DeleteMyAccount());

        var (account, member, notifications, watches) = await _forum.QueryAsync(async db => (
            await db.Users.SingleAsync(u => u.Id == asker),
            await db.Members.SingleAsync(m => m.Id == asker),
            await db.Notifications.CountAsync(n => n.MemberId == asker),
            await db.Watches.CountAsync(w => w.MemberId == asker)));
        Assert.DoesNotContain("asker", account.Email);
        Assert.DoesNotContain("asker", account.UserName);
        Assert.Null(account.PasswordHash);
        Assert.NotEqual("asker", account.DisplayName);
        Assert.Equal(Member.Permanently, account.LockoutEnd);
        Assert.Equal((Member.FormerMemberName, ForumHarness.DefaultStart), (member.DisplayName, member.LeftAt));
        Assert.Equal((0, 0), (notifications, watches));
    }

    [Fact]
    public async Task Votes_the_member_cast_stay_so_nobody_elses_reputation_changes()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var voter = await _forum.CreateMemberAsync("voter", reputation: 200);
        var question = await _forum.AskAsync(asker);
        await _forum.SendAsync(voter, new CastVote(PostType.Question, question, 1));
        var before = await _forum.ReputationOfAsync(asker);

        await _forum.SendAsync(voter, new DeleteMyAccount());

        Assert.Equal(before, await _forum.ReputationOfAsync(asker));
        Assert.Equal(1, (await _forum.SendAsync(null, new GetQuestionPage(question))).Question.Score);
        Assert.Empty((await _forum.QueryAsync(db => ReputationAudit.CheckAsync(db, default))).Mismatches);
    }

    [Fact]
    public async Task A_former_member_is_left_off_the_leaderboard()
    {
        var helper = await _forum.CreateMemberAsync("helper", reputation: 300);
        Assert.Contains(helper, (await _forum.SendAsync(null, new Features.Recognition.GetLeaderboard(Features.Recognition.GetLeaderboard.All))).Top.Select(s => s.MemberId));

        await _forum.SendAsync(helper, new DeleteMyAccount());

        Assert.DoesNotContain(helper, (await _forum.SendAsync(null, new Features.Recognition.GetLeaderboard(Features.Recognition.GetLeaderboard.All))).Top.Select(s => s.MemberId));
    }

    [Fact]
    public async Task Leaving_is_in_the_audit_log_and_two_former_members_can_both_leave()
    {
        var first = await _forum.CreateMemberAsync("first");
        var second = await _forum.CreateMemberAsync("second");

        await _forum.SendAsync(first, new DeleteMyAccount());
        await _forum.SendAsync(second, new DeleteMyAccount());

        var audit = await _forum.QueryAsync(db => db.ModerationActions.Where(a => a.Action == ModerationActionType.AccountDeleted)
            .OrderBy(a => a.Id).Select(a => new { a.MemberId, a.ModeratorId }).ToListAsync());
        Assert.Equal([first, second], audit.Select(a => a.MemberId));
        Assert.Equal([first, second], audit.Select(a => a.ModeratorId));
    }

    [Fact]
    public async Task A_former_member_cannot_act_on_the_forum_again()
    {
        var member = await _forum.CreateMemberAsync("member");
        await _forum.SendAsync(member, new DeleteMyAccount());

        await Assert.ThrowsAsync<ConflictException>(() => _forum.SendAsync(member, new DeleteMyAccount()));
    }

    [Fact]
    public async Task A_moderator_removes_a_spammers_account_with_its_posts_as_spam_and_the_flags_on_them_are_upheld()
    {
        var spammer = await _forum.CreateMemberAsync("spammer");
        var reporter = await _forum.CreateMemberAsync("reporter", reputation: 50);
        var moderator = await _forum.CreateMemberAsync("moderator");
        var question = await _forum.AskAsync(spammer, "Cheap watches for sale in every colour here");
        var answer = await _forum.AnswerAsync(spammer, await _forum.AskAsync(reporter, "The printer prints blank pages every time"));
        await _forum.SendAsync(reporter, new Features.Moderation.FlagPost(PostType.Question, question, "spam"));

        var removed = await _forum.SendAsync(moderator, new RemoveMemberAccount(spammer, "spam account", RemovePosts: true), Roles.Moderator);

        Assert.Equal((spammer, 2), (removed.MemberId, removed.PostsRemoved));
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(null, new GetQuestionPage(question)));
        var (reasons, flags, actions) = await _forum.QueryAsync(async db => (
            await db.Questions.Where(q => q.Id == question).Select(q => q.DeletedReason).Concat(db.Answers.Where(a => a.Id == answer).Select(a => a.DeletedReason)).ToListAsync(),
            await db.Flags.Select(f => f.Status).ToListAsync(),
            await db.ModerationActions.Where(a => a.MemberId == spammer).OrderBy(a => a.Id).Select(a => new { a.Action, a.Reason }).ToListAsync()));
        Assert.Equal(["spam", "spam"], reasons);
        Assert.Equal([FlagStatus.Upheld], flags);
        Assert.Equal([ModerationActionType.Delete, ModerationActionType.Delete, ModerationActionType.AccountRemoved], actions.Select(a => a.Action));
        Assert.Equal("spam (account removed): spam account", actions[0].Reason);
        Assert.Equal("spam account", actions[^1].Reason);
    }

    [Fact]
    public async Task A_moderator_may_remove_an_account_but_keep_its_posts()
    {
        var member = await _forum.CreateMemberAsync("member");
        var moderator = await _forum.CreateMemberAsync("moderator");
        var question = await _forum.AskAsync(member);

        var removed = await _forum.SendAsync(moderator, new RemoveMemberAccount(member, "asked to be removed", RemovePosts: false), Roles.Moderator);

        Assert.Equal(0, removed.PostsRemoved);
        Assert.Equal(Member.FormerMemberName, (await _forum.SendAsync(null, new GetQuestionPage(question))).Question.Author.DisplayName);
    }

    [Fact]
    public async Task Members_cannot_remove_accounts_and_a_removal_needs_a_reason()
    {
        var member = await _forum.CreateMemberAsync("member");
        var other = await _forum.CreateMemberAsync("other");
        var moderator = await _forum.CreateMemberAsync("moderator");

        var staff = await _forum.CreateMemberAsync("staff");
        await _forum.QueryAsync(async db =>
        {
            var role = new Microsoft.AspNetCore.Identity.IdentityRole(Roles.Staff) { NormalizedName = "STAFF" };
            db.Roles.Add(role);
            db.UserRoles.Add(new Microsoft.AspNetCore.Identity.IdentityUserRole<string> { RoleId = role.Id, UserId = staff });
            return await db.SaveChangesAsync();
        });

        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(other, new RemoveMemberAccount(member, "no", false)));
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(moderator, new RemoveMemberAccount(staff, "no", false), Roles.Moderator));
        await Assert.ThrowsAsync<ForbiddenException>(() => _forum.SendAsync(moderator, new RemoveMemberAccount(moderator, "leaving", false), Roles.Moderator));
        await Assert.ThrowsAsync<FluentValidation.ValidationException>(() =>
            _forum.SendAsync(moderator, new RemoveMemberAccount(member, " ", false), Roles.Moderator));
        Assert.Null(await _forum.QueryAsync(db => db.Members.Where(m => m.Id == member).Select(m => m.LeftAt).SingleAsync()));
    }

    [Fact]
    public async Task A_member_downloads_their_profile_posts_votes_ledger_and_notifications()
    {
        var asker = await _forum.CreateMemberAsync("asker");
        var voter = await _forum.CreateMemberAsync("voter", reputation: 200);
        var question = await _forum.AskAsync(voter);
        var answer = await _forum.AnswerAsync(voter, await _forum.AskAsync(asker, "The printer prints blank pages every time"));
        await _forum.SendAsync(voter, new CastVote(PostType.Question, await _forum.AskAsync(asker, "Sync stopped working after the update"), 1));

        var data = await _forum.SendAsync(voter, new DownloadMyData());

        Assert.Equal(("voter", 200), (data.Profile.DisplayName, data.Profile.Reputation));
        Assert.Equal(question, Assert.Single(data.Questions).Id);
        Assert.Equal(answer, Assert.Single(data.Answers).Id);
        Assert.Equal(1, Assert.Single(data.VotesCast).Value);
        Assert.NotEmpty(data.ReputationLedger);
        Assert.NotEmpty(data.Notifications);
        await Assert.ThrowsAsync<UnauthenticatedException>(() => _forum.SendAsync(null, new DownloadMyData()));
    }
}
