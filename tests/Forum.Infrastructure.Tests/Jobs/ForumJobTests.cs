using Forum.Infrastructure.Jobs;
using Quartz;

namespace Forum.Infrastructure.Tests.Jobs;

public sealed class ForumJobTests
{
    public static TheoryData<Type> Jobs() =>
        [.. typeof(ForumJob).Assembly.GetTypes().Where(type => type.IsSubclassOf(typeof(ForumJob)) && !type.IsAbstract)];

    /// <summary>A round that outlasts its interval is not joined by the next firing on another node or thread.</summary>
    [Theory]
    [MemberData(nameof(Jobs))]
    public void No_forum_job_runs_twice_at_once(Type job) =>
        Assert.True(JobBuilder.Create().OfType(job).WithIdentity(job.Name).Build().ConcurrentExecutionDisallowed, $"{job.Name} may run twice at once");
}
