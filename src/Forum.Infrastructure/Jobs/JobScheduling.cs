using Microsoft.Extensions.Configuration;
using Quartz;

namespace Forum.Infrastructure.Jobs;

/// <summary>
/// The forum's background jobs, run by one Quartz.NET scheduler (docs/decisions/0013). On a database server the schedule
/// lives in the database (the QRTZ_ tables, made by the forum's migrations) and the nodes form a Quartz cluster: each firing
/// runs on exactly one node, and when a node dies another takes over its firings. On SQLite (one process) the schedule is
/// kept in memory. Forum:Jobs:Enabled=false leaves the scheduler out altogether.
/// </summary>
public static class JobScheduling
{
    /// <summary>One name for every node's scheduler: nodes sharing a database and this name are one cluster.</summary>
    public const string SchedulerName = "Forum";

    public static readonly JobKey Outbox = new("outbox"), FollowUps = new("follow-ups"), Badges = new("badges"), Archive = new("archive"),
        Escalations = new("escalations"), SimilarQuestions = new("similar-questions"), FaqRelatedQuestions = new("faq-related-questions");

    /// <summary>How often a node tells the cluster it is alive; a node silent for this plus <see cref="CheckinGrace"/> is taken as dead.</summary>
    public static readonly TimeSpan CheckinInterval = TimeSpan.FromSeconds(5), CheckinGrace = TimeSpan.FromSeconds(10);

    public static IServiceCollection AddForumJobs(this IServiceCollection services, IConfiguration configuration, DatabaseSettings database)
    {
        var jobs = configuration.GetSection("Forum:Jobs").Get<JobOptions>() ?? new JobOptions();
        if (!jobs.Enabled)
            return services;
        var recognition = configuration.GetSection("Forum:Recognition").Get<RecognitionOptions>() ?? new RecognitionOptions();
        services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler =>
            {
                scheduler.InstanceName = SchedulerName;
                // A stopping node tells the running job to stop after the round in hand, and waits for it (below).
                scheduler.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
            });
            switch (database.Provider)
            {
                case DatabaseProvider.Postgres:
                    quartz.UsePersistentStore(store => Clustered(store, s => s.UsePostgres(database.ConnectionString)));
                    break;
                case DatabaseProvider.SqlServer:
                    quartz.UsePersistentStore(store => Clustered(store, s => s.UseSqlServer(database.ConnectionString)));
                    break;
                default:
                    quartz.UseInMemoryStore();
                    break;
            }
            Every<OutboxJob>(quartz, Outbox, TimeSpan.FromSeconds(jobs.OutboxPollSeconds));
            Every<FollowUpJob>(quartz, FollowUps, TimeSpan.FromMinutes(jobs.FollowUpScanMinutes));
            Every<BadgeJob>(quartz, Badges, TimeSpan.FromMinutes(recognition.AwardEveryMinutes));
            Every<EscalationJob>(quartz, Escalations, TimeSpan.FromSeconds(jobs.EscalationScanSeconds));
            Every<SimilarQuestionsJob>(quartz, SimilarQuestions, TimeSpan.FromSeconds(jobs.SimilarQuestionsSeconds));
            Every<FaqRelatedQuestionsJob>(quartz, FaqRelatedQuestions, TimeSpan.FromSeconds(jobs.SimilarQuestionsSeconds));
            Every<ArchiveJob>(quartz, Archive, TimeSpan.FromMinutes(configuration.GetValue("Forum:Moderation:ArchiveEveryMinutes", 60.0)));
        });
        // On SIGTERM the host stops taking requests and stops the scheduler, which waits for the running job to finish
        // (within the host's shutdown timeout; a job's round is bounded, so it fits).
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        services.AddHostedService<FollowUpWorker>();
        return services;
    }

    private static void Clustered(IPersistentStoreBuilder store, Action<IPersistentStoreBuilder> database)
    {
        database(store);
        store.UseClustering(cluster =>
        {
            cluster.CheckinInterval = CheckinInterval;
            cluster.CheckinMisfireThreshold = CheckinGrace;
        });
        // Every node writes what it ran to QRTZ_EXECUTION_HISTORY, so the cluster has one history of its jobs.
        store.UseExecutionHistory();
    }

    /// <summary>
    /// A job that fires every <paramref name="period"/> (at least a second). A firing missed while no node could run it (all
    /// were down, or busy) runs once when a node can, not once per missed period. A node that dies during a run leaves its
    /// firing to be run again by another node.
    /// </summary>
    private static void Every<TJob>(IQuartzBuilder quartz, JobKey key, TimeSpan period) where TJob : IJob =>
        quartz.ScheduleJob<TJob>(
            trigger => trigger.WithIdentity(key.Name).StartNow().WithSimpleSchedule(schedule => schedule
                .WithInterval(period < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : period)
                .RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount)),
            job => job.WithIdentity(key).RequestRecovery());
}
