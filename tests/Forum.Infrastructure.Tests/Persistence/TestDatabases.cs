using Forum.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Forum.Infrastructure.Tests.Persistence;

/// <summary>Creates the provider contexts the way the forum does, for a given connection string.</summary>
internal static class TestDatabases
{
    public const string PostgresVariable = "FORUM_TEST_POSTGRES";

    public static SqliteForumDbContext Sqlite(string connectionString) =>
        new(new DbContextOptionsBuilder<SqliteForumDbContext>().UseSqlite(connectionString).Options);

    public static PostgresForumDbContext Postgres(string connectionString) =>
        new(new DbContextOptionsBuilder<PostgresForumDbContext>().UseNpgsql(connectionString).Options);

    /// <summary>No SQL Server runs here: the connection string is never opened.</summary>
    public static SqlServerForumDbContext SqlServer() =>
        new(new DbContextOptionsBuilder<SqlServerForumDbContext>()
            .UseSqlServer("Server=localhost;Database=forum_schema_test;TrustServerCertificate=True").Options);

    /// <summary>The server from FORUM_TEST_POSTGRES with a database name of its own. Fails (never skips) when the variable is missing.</summary>
    public static string UniquePostgresDatabase(string prefix) =>
        new NpgsqlConnectionStringBuilder(PostgresServer()) { Database = $"{prefix}_{Guid.NewGuid():N}" }.ConnectionString;

    /// <summary>FORUM_TEST_POSTGRES: the server and its existing database. Fails (never skips) when the variable is missing.</summary>
    public static string PostgresServer()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
            Assert.Fail($"{PostgresVariable} is not set, so the PostgreSQL tests have no server. Run scripts/test.sh, which installs and starts PostgreSQL and sets it.");
        return server;
    }

    /// <summary>test-output/ at the repository root, for files worth inspecting after a run.</summary>
    public static string OutputFile(string fileName)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Forum.sln")))
            folder = folder.Parent;
        var output = Path.Combine(folder?.FullName ?? Directory.GetCurrentDirectory(), "test-output");
        Directory.CreateDirectory(output);
        return Path.Combine(output, fileName);
    }
}
