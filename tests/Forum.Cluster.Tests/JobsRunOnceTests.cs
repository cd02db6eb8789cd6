using Npgsql;

namespace Forum.Cluster.Tests;

/// <summary>
/// Every node runs the scheduler, but the nodes are one Quartz cluster on the shared database: each outbox message is
/// delivered once, and each periodic job runs once per period, not once per node.
/// </summary>
public sealed class JobsRunOnceTests
{
    private const string Scheduler = "Forum";

    [Fact]
    public async Task Three_hundred_queued_emails_are_each_delivered_exactly_once()
    {
        const int Count = 300;
        var marker = $"Cluster outbox {Guid.NewGuid():N}";
        await using (var db = await OpenAsync())
        {
            await using var queue = new NpgsqlCommand("""
                INSERT INTO "OutboxMessages" ("MemberId", "Subject", "HtmlBody", "CreatedAt", "Attempts", "NextAttemptAt")
                SELECT u."Id", @marker || ' #' || lpad(i::text, 3, '0'), '<p>Your thread has a new answer.</p>', now(), 0, now()
                FROM "AspNetUsers" u, generate_series(1, @count) i
                WHERE u."NormalizedEmail" = 'BOB@FORUM.LOCAL'
                """, db);
            queue.Parameters.AddWithValue("marker", marker);
            queue.Parameters.AddWithValue("count", Count);
            Assert.Equal(Count, await queue.ExecuteNonQueryAsync());
        }

        await EventuallyAsync(TimeSpan.FromMinutes(3), async () =>
            await ScalarAsync<long>("""SELECT count(*) FROM "OutboxMessages" WHERE "Subject" LIKE @marker || '%' AND "SentAt" IS NULL""", ("marker", marker)) == 0);

        var delivered = Directory.GetFiles(Path.Combine(Cluster.StateFolder, "mail"), "*.eml")
            .SelectMany(File.ReadLines)
            .Where(line => line.StartsWith("Subject: " + marker, StringComparison.Ordinal))
            .GroupBy(line => line)
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Count, delivered.Count);
        Assert.All(delivered, d => Assert.True(d.Value == 1, $"{d.Key} was delivered {d.Value} times."));
    }

    [Fact]
    public async Task With_three_nodes_up_each_periodic_job_runs_once_per_period()
    {
        var periods = await PeriodsAsync();
        Assert.Equal(["archive", "badges", "escalations", "faq-related-questions", "follow-ups", "outbox", "similar-questions"], periods.Keys.Order());
        var longest = periods.Values.Max();
        Assert.True(longest <= TimeSpan.FromSeconds(30),
            $"The jobs' periods are too long to watch ({longest}): start the cluster with short ones, as scripts/test.sh does.");
        const int Periods = 5;

        var from = DateTimeOffset.UtcNow;
        await Task.Delay(longest * Periods);
        var to = DateTimeOffset.UtcNow;

        var runs = await RunsAsync(from, to);
        foreach (var (job, period) in periods)
        {
            var fired = runs.Where(r => r.Job == job).Select(r => r.Fired).Order().ToList();
            var expected = (int)((to - from) / period);
            var nodes = string.Join(", ", runs.Where(r => r.Job == job).Select(r => r.Node).Distinct());
            // Once per period: a node per run would be three times as many, and close together.
            Assert.InRange(fired.Count, expected - 1, expected + 1);
            Assert.All(fired.Zip(fired.Skip(1), (a, b) => b - a), gap =>
                Assert.True(gap > period / 2, $"The {job} job ran twice within {gap.TotalSeconds:0.0} s (period {period.TotalSeconds} s) on {nodes}."));
        }
    }

    /// <summary>Each job's period, from the triggers the nodes stored.</summary>
    private static async Task<Dictionary<string, TimeSpan>> PeriodsAsync()
    {
        await using var db = await OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT t.job_name, s.repeat_interval FROM qrtz_triggers t
            JOIN qrtz_simple_triggers s USING (sched_name, trigger_name, trigger_group)
            WHERE t.sched_name = @scheduler
            """, db);
        command.Parameters.AddWithValue("scheduler", Scheduler);
        await using var reader = await command.ExecuteReaderAsync();
        var periods = new Dictionary<string, TimeSpan>();
        while (await reader.ReadAsync())
            periods[reader.GetString(0)] = TimeSpan.FromMilliseconds(reader.GetInt64(1));
        return periods;
    }

    /// <summary>The runs the cluster recorded in Quartz's execution history (times in UTC ticks), on whichever node.</summary>
    private static async Task<List<(string Job, DateTimeOffset Fired, string Node)>> RunsAsync(DateTimeOffset from, DateTimeOffset to)
    {
        await using var db = await OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT job_name, fired_time, instance_name FROM qrtz_execution_history
            WHERE sched_name = @scheduler AND fired_time >= @from AND fired_time < @to
            """, db);
        command.Parameters.AddWithValue("scheduler", Scheduler);
        command.Parameters.AddWithValue("from", from.UtcTicks);
        command.Parameters.AddWithValue("to", to.UtcTicks);
        await using var reader = await command.ExecuteReaderAsync();
        var runs = new List<(string, DateTimeOffset, string)>();
        while (await reader.ReadAsync())
            runs.Add((reader.GetString(0), new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero), reader.GetString(2)));
        return runs;
    }

    private static async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(Cluster.Database);
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<T> ScalarAsync<T>(string sql, params (string Name, object Value)[] parameters)
    {
        await using var db = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task EventuallyAsync(TimeSpan patience, Func<Task<bool>> done)
    {
        var until = DateTime.UtcNow + patience;
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < until, $"Not done within {patience.TotalSeconds} s.");
            await Task.Delay(500);
        }
    }
}
