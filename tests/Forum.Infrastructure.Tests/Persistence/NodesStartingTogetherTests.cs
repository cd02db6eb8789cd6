using Forum.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;

namespace Forum.Infrastructure.Tests.Persistence;

/// <summary>
/// Several nodes start at the same moment on an empty database: the migrations are applied once, the demo content is
/// seeded by one node at a time (the others then find it there), every node comes up, and a node reports ready only
/// once the schema is complete.
/// </summary>
public sealed class NodesStartingTogetherTests
{
    [Fact]
    public async Task Three_nodes_migrating_an_empty_postgresql_database_at_once_apply_each_migration_once()
    {
        var connectionString = TestDatabases.UniquePostgresDatabase("forum_together");
        var nodes = Enumerable.Range(0, 3).Select(_ => TestDatabases.Postgres(connectionString)).ToList();
        try
        {
            var start = new TaskCompletionSource();
            var starting = nodes.Select(async db =>
            {
                await start.Task;
                await Initializer(db, DatabaseProvider.Postgres, connectionString).MigrateAsync();
            }).ToList();
            start.SetResult();
            await Task.WhenAll(starting);

            var applied = await nodes[0].Database.SqlQueryRaw<string>("SELECT \"MigrationId\" AS \"Value\" FROM \"__EFMigrationsHistory\"").ToListAsync();
            Assert.Equal(nodes[0].Database.GetMigrations().Order(), applied.Order());
            foreach (var db in nodes)
                Assert.Equal(HealthStatus.Healthy, (await new MigrationsAppliedCheck(db).CheckHealthAsync(new HealthCheckContext())).Status);
        }
        finally
        {
            await nodes[0].Database.EnsureDeletedAsync();
            foreach (var db in nodes)
                await db.DisposeAsync();
        }
    }

    [Fact]
    public async Task Nodes_starting_together_on_postgresql_seed_one_at_a_time_after_the_migrations()
    {
        var connectionString = TestDatabases.UniquePostgresDatabase("forum_seeding");
        var nodes = Enumerable.Range(0, 3).Select(_ => TestDatabases.Postgres(connectionString)).ToList();
        int inside = 0, most = 0, seeded = 0;
        try
        {
            var start = new TaskCompletionSource();
            var starting = nodes.Select(async db =>
            {
                await start.Task;
                await Initializer(db, DatabaseProvider.Postgres, connectionString).MigrateAsync(async () =>
                {
                    var now = Interlocked.Increment(ref inside);
                    InterlockedMax(ref most, now);
                    // Seeding takes a while; a node that did not wait for the others would be in here with them.
                    await Task.Delay(200);
                    Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                    Interlocked.Increment(ref seeded);
                    Interlocked.Decrement(ref inside);
                });
            }).ToList();
            start.SetResult();
            await Task.WhenAll(starting);

            Assert.Equal(3, seeded);
            Assert.Equal(1, most);
        }
        finally
        {
            await nodes[0].Database.EnsureDeletedAsync();
            foreach (var db in nodes)
                await db.DisposeAsync();
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
                return;
    }

    [Fact]
    public async Task A_node_waits_for_the_start_up_lock_longer_than_its_command_timeout()
    {
        var connectionString = TestDatabases.UniquePostgresDatabase("forum_waiting");
        var nodes = Enumerable.Range(0, 2).Select(_ => TestDatabases.Postgres(connectionString)).ToList();
        try
        {
            nodes[1].Database.SetCommandTimeout(1);
            var holding = new TaskCompletionSource();
            var first = Initializer(nodes[0], DatabaseProvider.Postgres, connectionString).MigrateAsync(async () =>
            {
                holding.TrySetResult();
                // The first node's start-up work outlasts the second node's one-second command timeout.
                await Task.Delay(TimeSpan.FromSeconds(3));
            });
            await Task.WhenAny(holding.Task, first);
            var second = Initializer(nodes[1], DatabaseProvider.Postgres, connectionString).MigrateAsync();

            await Task.WhenAll(first, second);

            Assert.Equal(1, nodes[1].Database.GetCommandTimeout());
        }
        finally
        {
            await nodes[0].Database.EnsureDeletedAsync();
            foreach (var db in nodes)
                await db.DisposeAsync();
        }
    }

    [Fact]
    public async Task Migrations_run_with_the_hour_a_large_table_may_take_and_the_usual_timeout_returns_after()
    {
        var connectionString = $"Data Source={Path.Combine(Path.GetTempPath(), $"forum-timeout-{Guid.NewGuid():N}.db")};Pooling=False";
        var timeouts = new CommandTimeouts();
        await using var db = new SqliteForumDbContext(new DbContextOptionsBuilder<SqliteForumDbContext>().UseSqlite(connectionString).AddInterceptors(timeouts).Options);
        db.Database.SetCommandTimeout(1);
        try
        {
            await Initializer(db, DatabaseProvider.Sqlite, connectionString).MigrateAsync();

            Assert.NotEmpty(timeouts.OfTableCreations);
            Assert.All(timeouts.OfTableCreations, t => Assert.Equal(DatabaseInitializer.MigrationCommandTimeout.TotalSeconds, t));
            Assert.Equal(1, db.Database.GetCommandTimeout());
        }
        finally
        {
            await db.Database.EnsureDeletedAsync();
        }
    }

    /// <summary>The timeout each CREATE TABLE command was sent with.</summary>
    private sealed class CommandTimeouts : DbCommandInterceptor
    {
        public List<int> OfTableCreations { get; } = [];

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            System.Data.Common.DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("CREATE TABLE", StringComparison.Ordinal))
                OfTableCreations.Add(command.CommandTimeout);
            return ValueTask.FromResult(result);
        }
    }

    [Fact]
    public async Task A_node_is_not_ready_while_its_database_lacks_migrations()
    {
        var connectionString = $"Data Source={Path.Combine(Path.GetTempPath(), $"forum-ready-{Guid.NewGuid():N}.db")};Pooling=False";
        await using var db = TestDatabases.Sqlite(connectionString);
        try
        {
            var before = await new MigrationsAppliedCheck(db).CheckHealthAsync(new HealthCheckContext());
            Assert.Equal(HealthStatus.Unhealthy, before.Status);
            Assert.Contains("not applied yet", before.Description);

            await Initializer(db, DatabaseProvider.Sqlite, connectionString).MigrateAsync();

            Assert.Equal(HealthStatus.Healthy, (await new MigrationsAppliedCheck(db).CheckHealthAsync(new HealthCheckContext())).Status);
        }
        finally
        {
            await db.Database.EnsureDeletedAsync();
        }
    }

    private static DatabaseInitializer Initializer(ForumDbContext db, DatabaseProvider provider, string connectionString) =>
        new(db, new DatabaseSettings(provider, connectionString), NullLogger<DatabaseInitializer>.Instance);
}
