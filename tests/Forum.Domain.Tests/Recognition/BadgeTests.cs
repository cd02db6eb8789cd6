using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Faq;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Notifications;
using Forum.Domain.Features.Recognition;
using Forum.Domain.Features.Voting;
using Forum.Domain.Tests.Faq;
using Forum.Domain.Tests.Moderation;
using Forum.Domain.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace Forum.Domain.Tests.Recognition;

public sealed class BadgeTests : IDisposable
{
    private readonly ForumHarness _forum = new();
    private readonly RecognitionSteps _steps;

    public BadgeTests() => _steps = new RecognitionSteps(_forum);

    public void Dispose() => _forum.Dispose();

    [Fact]
    public async Task A_first_answer_to_someone_elses_question_earns_First_Answer_once_with_its_date_and_a_notification()
    {
        await _steps.WithPeopleAsync();
        await _steps.ThreadAsync();
        var awardedAt = _forum.Clock.GetUtcNow();

        var first = await _steps.AwardAsync();
        await _steps.ThreadAsync();
        var second = await _steps.AwardAsync();

        Assert.Equal(1, first.Awarded);
        Assert.Equal(0, second.Awarded);
        Assert.Equal([Badge.FirstAnswer], await _steps.BadgesOfAsync(_steps.Helper));
        var status = await _steps.StatusAsync(_steps.Helper, Badge.FirstAnswer);
        Assert.Equal(awardedAt, status.AwardedAt);
        var notes = await _forum.SendAsync(_steps.Helper, new ListNotifications());
        var note = Assert.Single(notes.Items, n => n.Kind == NotificationKind.BadgeEarned);
        Assert.Contains("First Answer", note.Text);
        Assert.Equal(1, await _forum.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.MemberId == _steps.Helper && m.Subject.Contains("First Answer"))));
    }

    [Fact]
    public async Task Answering_your_own_question_earns_nothing()
    {
        await _steps.WithPeopleAsync();
        await _steps.ThreadAsync(asker: _steps.Helper);

        await _steps.AwardAsync();

        Assert.Empty(await _steps.BadgesOfAsync(_steps.Helper));
    }

    [Fact]
    public async Task A_hidden_answer_does_not_count()
    {
        await _steps.WithPeopleAsync();
        var moderator = await _forum.CreateMemberAsync("moderator");
        var (_, answerId) = await _steps.ThreadAsync();
        await _forum.ModerateAsync(moderator, new HidePost(PostType.Answer, answerId, "spam"));

        await _steps.AwardAsync();

        Assert.Empty(await _steps.BadgesOfAsync(_steps.Helper));
        Assert.Equal(0, (await _steps.StatusAsync(_steps.Helper, Badge.FirstAnswer)).Progress);
    }

    [Fact]
    public async Task Nine_accepted_answers_earn_First_Solution_but_not_Solver_and_the_tenth_earns_Solver()
    {
        await _steps.WithPeopleAsync();
        await _steps.AcceptAllAsync(await _steps.ThreadsAsync(9));
        await _steps.AwardAsync();

        Assert.Equal([Badge.FirstAnswer, Badge.FirstSolution], await _steps.BadgesOfAsync(_steps.Helper));
        var progress = await _steps.StatusAsync(_steps.Helper, Badge.Solver);
        Assert.Equal((9, 10, false), (progress.Progress, progress.Threshold, progress.Earned));

        await _steps.AcceptAllAsync([await _steps.ThreadAsync()]);
        await _steps.AwardAsync();
        await _steps.AwardAsync();

        Assert.True(await _steps.HasAsync(_steps.Helper, Badge.Solver));
        Assert.Equal(1, (await _steps.BadgesOfAsync(_steps.Helper)).Count(b => b == Badge.Solver));
    }

    [Fact]
    public async Task Helpful_takes_ten_distinct_answers_with_a_score_above_zero_and_a_hidden_one_does_not_count()
    {
        await _steps.WithPeopleAsync();
        var voter = await _forum.CreateMemberAsync("voter", 200);
        var moderator = await _forum.CreateMemberAsync("moderator");
        var threads = await _steps.ThreadsAsync(11);
        foreach (var (_, answerId) in threads.Take(10))
        {
            await _forum.SendAsync(voter, new CastVote(PostType.Answer, answerId, 1));
            _forum.Clock.Advance(TimeSpan.FromMinutes(1));
        }
        await _forum.ModerateAsync(moderator, new HidePost(PostType.Answer, threads[0].AnswerId, "off-topic"));

        await _steps.AwardAsync();
        Assert.False(await _steps.HasAsync(_steps.Helper, Badge.Helpful));
        Assert.Equal(9, (await _steps.StatusAsync(_steps.Helper, Badge.Helpful)).Progress);

        await _forum.SendAsync(voter, new CastVote(PostType.Answer, threads[10].AnswerId, 1));
        await _steps.AwardAsync();
        Assert.True(await _steps.HasAsync(_steps.Helper, Badge.Helpful));
    }

    [Fact]
    public async Task A_verified_answer_earns_Official_and_its_promotion_into_the_faq_earns_FAQ_Author()
    {
        var faq = await new FaqSteps(_forum).WithPeopleAsync();
        var (_, answerId) = await faq.VerifiedAnswerAsync();
        await _steps.AwardAsync();
        Assert.True(await _steps.HasAsync(faq.Helper, Badge.Official));
        Assert.False(await _steps.HasAsync(faq.Helper, Badge.FaqAuthor));

        await _forum.SendAsync(faq.Staff, new PromoteAnswerToFaq(answerId, Publish: true), Roles.Staff);
        await _steps.AwardAsync();

        Assert.True(await _steps.HasAsync(faq.Helper, Badge.FaqAuthor));
        Assert.False(await _steps.HasAsync(faq.Staff, Badge.FaqAuthor));
    }

    [Fact]
    public async Task An_approved_faq_revision_earns_FAQ_Author_for_its_proposer_and_a_rejected_one_does_not()
    {
        var faq = await new FaqSteps(_forum).WithPeopleAsync();
        var article = await faq.PublishedArticleAsync();
        var editor = await _forum.CreateMemberAsync("editor", 600);
        var other = await _forum.CreateMemberAsync("other", 600);
        var current = await _forum.SendAsync(editor, new GetFaqArticle(article.Slug));
        var approved = await _forum.SendAsync(editor, new ProposeFaqRevision(article.Slug, "Open Settings, choose Accounts, then sign in again with the new password.", "Clearer steps", current.Article.CurrentRevisionId));
        var rejected = await _forum.SendAsync(other, new ProposeFaqRevision(article.Slug, "Reinstall the app and hope that it works again afterwards.", "Simpler", current.Article.CurrentRevisionId));
        await _forum.SendAsync(faq.Staff, new ApproveFaqRevision(approved.RevisionId), Roles.Staff);
        await _forum.SendAsync(faq.Staff, new RejectFaqRevision(rejected.RevisionId, "This does not fix the password problem."), Roles.Staff);

        await _steps.AwardAsync();

        Assert.True(await _steps.HasAsync(editor, Badge.FaqAuthor));
        Assert.False(await _steps.HasAsync(other, Badge.FaqAuthor));
    }

    [Fact]
    public async Task Guardian_takes_ten_upheld_flags_and_dismissed_ones_do_not_count()
    {
        await _steps.WithPeopleAsync();
        var reporter = await _forum.CreateMemberAsync("reporter", 20);
        var moderator = await _forum.CreateMemberAsync("moderator");
        var threads = await _steps.ThreadsAsync(11);
        foreach (var (_, answerId) in threads)
            await _forum.FlagAsync(reporter, PostType.Answer, answerId, "off-topic");
        foreach (var (_, answerId) in threads.Take(9))
            await _forum.ModerateAsync(moderator, new HidePost(PostType.Answer, answerId, "off-topic"));
        await _forum.ModerateAsync(moderator, new DismissFlags(PostType.Answer, threads[9].AnswerId));

        await _steps.AwardAsync();
        Assert.False(await _steps.HasAsync(reporter, Badge.Guardian));
        Assert.Equal(9, (await _steps.StatusAsync(reporter, Badge.Guardian)).Progress);

        await _forum.ModerateAsync(moderator, new HidePost(PostType.Answer, threads[10].AnswerId, "off-topic"));
        await _steps.AwardAsync();
        Assert.True(await _steps.HasAsync(reporter, Badge.Guardian));
    }

    [Fact]
    public async Task A_run_looks_only_at_the_members_due_and_takes_their_checks()
    {
        await _steps.WithPeopleAsync();
        await _steps.ThreadAsync();
        // The helper's answer stands, but nothing marks them due any more: the run does not look at them.
        await _forum.QueryAsync(db => db.BadgeChecks.ExecuteDeleteAsync());

        _forum.SqlCommands.Reset();
        var idle = await _steps.AwardAsync();
        Assert.Equal(1, _forum.SqlCommands.Count);
        Assert.Equal(new BadgeAwardResult(0, MayBeMore: false, Conflicted: false), idle);
        Assert.Empty(await _steps.BadgesOfAsync(_steps.Helper));

        await _steps.ThreadAsync();
        Assert.Equal(1, (await _steps.AwardAsync()).Awarded);
        Assert.Equal([Badge.FirstAnswer], await _steps.BadgesOfAsync(_steps.Helper));
        Assert.Equal(0, await _forum.QueryAsync(db => db.BadgeChecks.CountAsync()));
    }

    [Fact]
    public async Task A_run_takes_at_most_its_share_of_checks_and_says_there_are_more()
    {
        await _steps.WithPeopleAsync();
        var others = new List<string>();
        for (var i = 0; i < 3; i++)
            others.Add(await _forum.CreateMemberAsync($"other{i}"));
        await _steps.ThreadAsync();
        for (var i = 0; i < others.Count; i++)
            await _forum.AnswerAsync(others[i], (await _steps.ThreadAsync()).QuestionId, $"{Samples.AnswerBody} (Another way, number {i}.)");

        var first = await _forum.SendAsync(null, new AwardBadges(Max: 2));
        Assert.True(first.MayBeMore);
        BadgeAwardResult next;
        do
            next = await _forum.SendAsync(null, new AwardBadges(Max: 2));
        while (next.MayBeMore);

        foreach (var member in others.Append(_steps.Helper))
            Assert.Equal([Badge.FirstAnswer], await _steps.BadgesOfAsync(member));
    }

    [Theory]
    [InlineData(PostType.Answer)]
    [InlineData(PostType.Question)]
    public async Task An_answer_made_public_again_counts_once_it_or_its_question_is_restored(PostType restored)
    {
        await _steps.WithPeopleAsync();
        var moderator = await _forum.CreateMemberAsync("moderator");
        var (questionId, answerId) = await _steps.ThreadAsync();
        var postId = restored == PostType.Answer ? answerId : questionId;
        await _forum.ModerateAsync(moderator, new HidePost(restored, postId, "Personal data in the post"));
        await _steps.AwardAsync();
        Assert.Empty(await _steps.BadgesOfAsync(_steps.Helper));

        await _forum.ModerateAsync(moderator, new RestorePost(restored, postId));
        await _steps.AwardAsync();

        Assert.Equal([Badge.FirstAnswer], await _steps.BadgesOfAsync(_steps.Helper));
    }

    [Fact]
    public async Task Guardian_counts_no_flag_the_forum_raised_itself()
    {
        await _steps.WithPeopleAsync();
        var moderator = await _forum.CreateMemberAsync("moderator");
        var threads = await _steps.ThreadsAsync(10);
        await _forum.QueryAsync(async db =>
        {
            foreach (var (_, answerId) in threads)
            {
                var answer = await db.Answers.SingleAsync(a => a.Id == answerId);
                db.Flags.Add(Flag.Automatic(answer, answer.QuestionId, FlagReason.Abusive, "Automatic: rude words: idiot", _forum.Clock.GetUtcNow()));
            }
            return await db.SaveChangesAsync();
        });
        foreach (var (_, answerId) in threads)
            await _forum.ModerateAsync(moderator, new HidePost(PostType.Answer, answerId, "abusive"));

        await _steps.AwardAsync();

        Assert.Equal(0, await _forum.QueryAsync(db => db.MemberBadges.CountAsync(b => b.Badge == Badge.Guardian)));
    }

    [Fact]
    public async Task Speedy_takes_ten_first_responses_within_the_askers_target()
    {
        await _steps.WithPeopleAsync();
        await _steps.ThreadsAsync(9, after: TimeSpan.FromMinutes(30));
        await _steps.ThreadAsync(after: TimeSpan.FromMinutes(31));
        await _steps.AwardAsync();
        Assert.False(await _steps.HasAsync(_steps.Helper, Badge.Speedy));
        Assert.Equal(9, (await _steps.StatusAsync(_steps.Helper, Badge.Speedy)).Progress);

        // A Priority asker's target is 10 minutes: 15 minutes is too slow.
        var priority = await _forum.CreateMemberAsync("priority");
        await _forum.SetTierAsync(priority, SupportTier.Priority);
        await _steps.ThreadAsync(after: TimeSpan.FromMinutes(15), asker: priority);
        await _steps.AwardAsync();
        Assert.False(await _steps.HasAsync(_steps.Helper, Badge.Speedy));

        await _steps.ThreadAsync(after: TimeSpan.FromMinutes(10), asker: priority);
        await _steps.AwardAsync();
        Assert.True(await _steps.HasAsync(_steps.Helper, Badge.Speedy));
    }

    [Fact]
    public async Task A_second_answer_after_someone_else_responded_first_is_not_a_first_response()
    {
        await _steps.WithPeopleAsync();
        var other = await _forum.CreateMemberAsync("other");
        var (questionId, _) = await _steps.ThreadAsync(after: TimeSpan.FromMinutes(2));
        await _forum.AnswerAsync(other, questionId, "Another idea: turn the graphics acceleration off in the settings.");

        Assert.Equal(1, (await _steps.StatusAsync(_steps.Helper, Badge.Speedy)).Progress);
        Assert.Equal(0, (await _steps.StatusAsync(other, Badge.Speedy)).Progress);
    }

    [Fact]
    public async Task Concurrent_award_runs_award_each_badge_once_and_notify_once()
    {
        await _steps.WithPeopleAsync();
        await _steps.ThreadAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(_steps.AwardAsync)));
        await _steps.AwardAsync();

        Assert.Equal(1, results.Sum(r => r.Awarded));
        Assert.Equal([Badge.FirstAnswer], await _steps.BadgesOfAsync(_steps.Helper));
        Assert.Equal(1, await _forum.QueryAsync(db => db.Notifications.CountAsync(n => n.MemberId == _steps.Helper && n.Kind == NotificationKind.BadgeEarned)));
    }

    [Fact]
    public async Task The_database_refuses_a_second_copy_of_a_badge()
    {
        await _steps.WithPeopleAsync();
        await _forum.QueryAsync(async db =>
        {
            db.MemberBadges.Add(new MemberBadge(_steps.Helper, Badge.Guardian, _forum.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });

        await Assert.ThrowsAnyAsync<ConflictException>(() => _forum.QueryAsync(async db =>
        {
            db.MemberBadges.Add(new MemberBadge(_steps.Helper, Badge.Guardian, _forum.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task Badges_of_an_unknown_member_are_not_found()
    {
        await Assert.ThrowsAsync<NotFoundException>(() => _forum.SendAsync(null, new GetMemberBadges("nobody")));
    }
}
