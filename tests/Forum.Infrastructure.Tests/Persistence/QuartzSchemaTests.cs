using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Forum.Infrastructure.Tests.Persistence;

/// <summary>The forum's migrations make the tables of Quartz.NET's clustered job store, which runs the background jobs on a server.</summary>
public sealed class QuartzSchemaTests(PostgresMigratedDatabase database) : IClassFixture<PostgresMigratedDatabase>
{
    public static readonly string[] Tables =
    [
        "JOB_DETAILS", "TRIGGERS", "SIMPLE_TRIGGERS", "CRON_TRIGGERS", "SIMPROP_TRIGGERS", "BLOB_TRIGGERS", "CALENDARS",
        "PAUSED_TRIGGER_GRPS", "PAUSED_JOB_GRPS", "FIRED_TRIGGERS", "SCHEDULER_STATE", "LOCKS", "EXECUTION_HISTORY",
        "MISFIRE_HISTORY", "JOB_STATUS",
    ];

    [Fact]
    public void The_postgresql_migrations_create_the_job_store_tables() =>
        Assert.Empty(Tables.Select(t => "qrtz_" + t.ToLowerInvariant()).Except(database.Tables));

    [Fact]
    public void The_sql_server_migration_script_creates_the_job_store_tables()
    {
        using var db = TestDatabases.SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript();
        Assert.All(Tables, t => Assert.Contains($"CREATE TABLE QRTZ_{t} (", script, StringComparison.Ordinal));
    }

    [Fact]
    public void The_sqlite_migrations_create_none_because_sqlite_keeps_its_schedule_in_memory()
    {
        using var db = TestDatabases.Sqlite("Data Source=:memory:");
        Assert.DoesNotContain("QRTZ_", db.GetService<IMigrator>().GenerateScript(), StringComparison.OrdinalIgnoreCase);
    }
}
