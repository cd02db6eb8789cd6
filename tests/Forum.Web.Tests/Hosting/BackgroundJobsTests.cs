using Forum.Domain.Entities;
using Forum.Infrastructure.Jobs;
using Forum.Infrastructure.Persistence;
using Forum.Web.Tests.Harness;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Forum.Web.Tests.Hosting;

/// <summary>
/// The background jobs run through the forum's scheduler: in memory on SQLite, the clustered store on PostgreSQL.
/// Their periods are an hour here, so after the first round at start-up only the firing a test asks for runs them.
/// </summary>
public sealed class BackgroundJobsTests(BackgroundJobsTests.HourlyJobsForum forum) : IClassFixture<BackgroundJobsTests.HourlyJobsForum>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task The_outbox_job_delivers_a_queued_email()
    {
        var subject = $"Queued {Guid.NewGuid():N}";
        await WithDbAsync(async db =>
        {
            var bob = await db.Users.SingleAsync(u => u.Email == "bob@forum.local");
            db.OutboxMessages.Add(new OutboxMessage(bob.Id, subject, "<p>Hello</p>", DateTimeOffset.UtcNow));
            return await db.SaveChangesAsync();
        });

        await FireAsync(JobScheduling.Outbox);

        await EventuallyAsync(() => WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Subject == subject && m.SentAt != null)));
        Assert.Single(Mailbox.MessagesTo(forum.MailFolder, "bob@forum.local"), m => m.Contains(subject));
    }

    [Fact]
    public async Task The_follow_up_job_asks_the_asker_of_a_question_solved_days_ago()
    {
        var id = await WithDbAsync(async db =>
        {
            var question = await db.Questions.Where(q => q.Status == QuestionStatus.Solved).OrderBy(q => q.Id).FirstAsync();
            await db.Questions.Where(q => q.Id == question.Id).ExecuteUpdateAsync(q => q
                .SetProperty(x => x.SolvedAt, DateTimeOffset.UtcNow.AddDays(-4))
                .SetProperty(x => x.FollowUpSentAt, (DateTimeOffset?)null));
            return question.Id;
        });

        await FireAsync(JobScheduling.FollowUps);

        await EventuallyAsync(() => WithDbAsync(db => db.Questions.AnyAsync(q => q.Id == id && q.FollowUpSentAt != null)));
    }

    [Fact]
    public async Task The_badge_job_awards_a_badge_a_member_earned()
    {
        var helper = await forum.NewMemberAsync("helper");
        var asker = await forum.NewMemberAsync("asker");
        await helper.AnswerAsync(await asker.AskAsync());
        var helperId = await WithDbAsync(db => db.Answers.OrderByDescending(a => a.Id).Select(a => a.AuthorId).FirstAsync());

        await FireAsync(JobScheduling.Badges);

        await EventuallyAsync(() => WithDbAsync(db => db.MemberBadges.AnyAsync(b => b.MemberId == helperId && b.Badge == Badge.FirstAnswer)));
    }

    [Fact]
    public async Task The_archive_job_archives_a_question_left_alone_for_half_a_year()
    {
        var id = await WithDbAsync(async db =>
        {
            var question = await db.Questions.Where(q => q.Status == QuestionStatus.Open).OrderBy(q => q.Id).FirstAsync();
            await db.Questions.Where(q => q.Id == question.Id).ExecuteUpdateAsync(q => q.SetProperty(x => x.LastActivityAt, DateTimeOffset.UtcNow.AddDays(-200)));
            return question.Id;
        });

        await FireAsync(JobScheduling.Archive);

        await EventuallyAsync(() => WithDbAsync(db => db.Questions.AnyAsync(q => q.Id == id && q.Status == QuestionStatus.Archived)));
    }

    [Fact]
    public async Task The_escalation_job_tells_the_staff_of_a_priority_question_near_its_target()
    {
        var id = await (await forum.NewMemberAsync("asker")).AskAsync();
        await WithDbAsync(db => db.Questions.Where(q => q.Id == id).ExecuteUpdateAsync(q => q
            .SetProperty(x => x.CreatedAt, DateTimeOffset.UtcNow.AddMinutes(-9))
            .SetProperty(x => x.AskerTier, SupportTier.Priority)));

        await FireAsync(JobScheduling.Escalations);

        await EventuallyAsync(() => WithDbAsync(db => db.Notifications.AnyAsync(n => n.QuestionId == id && n.Kind == NotificationKind.Escalation)));
    }

    [Fact]
    public async Task The_asker_hears_of_a_new_answer_from_the_worker_that_the_answers_commit_wakes()
    {
        var id = await (await forum.NewMemberAsync("asker")).AskAsync();

        await (await forum.SignedInClientAsync("bob@forum.local")).AnswerAsync(id);

        await EventuallyAsync(() => WithDbAsync(db => db.Notifications.AnyAsync(n => n.QuestionId == id && n.Kind == NotificationKind.NewAnswerOnYourQuestion)));
        Assert.False(await WithDbAsync(db => db.Announcements.AnyAsync(a => a.Answer!.QuestionId == id)));
    }

    [Fact]
    public async Task A_new_answer_is_found_by_search_once_the_worker_that_its_commit_wakes_has_rebuilt_the_document()
    {
        var id = await (await forum.NewMemberAsync("asker")).AskAsync();

        await (await forum.SignedInClientAsync("bob@forum.local")).AnswerAsync(id, "Turning off the quokka accelerator fixed it here.");

        await EventuallyAsync(() => WithDbAsync(db => db.SearchDocuments.AnyAsync(d => d.QuestionId == id && d.Body.Contains("quokka accelerator"))));
        Assert.False(await WithDbAsync(db => db.SearchRefreshes.AnyAsync(r => r.QuestionId == id)));
        var found = await (await forum.CreateClient().GetAsync("/api/v1/search?q=quokka")).JsonAsync(System.Net.HttpStatusCode.OK);
        Assert.Contains(id, found.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task The_similar_questions_job_ranks_the_list_of_a_question_just_asked()
    {
        var asker = await forum.NewMemberAsync("asker");
        var older = await asker.AskAsync(ApiCalls.NewQuestion("Harmonica tuner app forgets the calibration"));
        var asked = await asker.AskAsync(ApiCalls.NewQuestion("Harmonica tuner calibration lost on every start"));
        // A list is ranked once its question's search document is rebuilt, which the worker does after the commit.
        await EventuallyAsync(async () => !await WithDbAsync(db => db.SearchRefreshes.AnyAsync()));

        await FireAsync(JobScheduling.SimilarQuestions);

        await EventuallyAsync(() => WithDbAsync(db => db.SimilarQuestionLinks.AnyAsync(l => l.QuestionId == asked && l.SimilarQuestionId == older)));
    }

    private async Task FireAsync(JobKey job)
    {
        var scheduler = await forum.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(job);
    }

    private async Task<T> WithDbAsync<T>(Func<ForumDbContext, Task<T>> work)
    {
        await using var scope = forum.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ForumDbContext>());
    }

    private static async Task EventuallyAsync(Func<Task<bool>> done)
    {
        var until = DateTime.UtcNow + Patience;
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < until, $"The job did not do its work within {Patience.TotalSeconds} s.");
            await Task.Delay(200);
        }
    }

    public sealed class HourlyJobsForum : ForumWebFactory
    {
        protected override bool RunsFollowUpWorker => true;

        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Forum:Jobs:OutboxPollSeconds", "3600");
            builder.UseSetting("Forum:Jobs:FollowUpScanMinutes", "60");
            builder.UseSetting("Forum:Jobs:EscalationScanSeconds", "3600");
            builder.UseSetting("Forum:Jobs:FollowUpPollSeconds", "3600");
            builder.UseSetting("Forum:Recognition:AwardEveryMinutes", "60");
            builder.UseSetting("Forum:Moderation:ArchiveEveryMinutes", "60");
        }
    }
}

/// <summary>Forum:Jobs:Enabled=false: the forum runs no scheduler and so no job.</summary>
public sealed class DisabledJobsTests(DisabledJobsTests.JobsOffForum forum) : IClassFixture<DisabledJobsTests.JobsOffForum>
{
    [Fact]
    public async Task With_jobs_disabled_the_forum_runs_no_scheduler()
    {
        Assert.Equal(System.Net.HttpStatusCode.OK, (await forum.CreateClient().GetAsync("/health/live")).StatusCode);

        Assert.Null(forum.Services.GetService<ISchedulerFactory>());
        Assert.DoesNotContain(forum.Services.GetServices<IHostedService>(), s => s.GetType().Namespace?.StartsWith("Quartz", StringComparison.Ordinal) == true);
    }

    public sealed class JobsOffForum : ForumWebFactory
    {
        protected override void Configure(IWebHostBuilder builder) => builder.UseSetting("Forum:Jobs:Enabled", "false");
    }
}
