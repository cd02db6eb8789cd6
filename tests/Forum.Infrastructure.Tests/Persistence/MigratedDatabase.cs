using Forum.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Forum.Infrastructure.Tests.Persistence;

/// <summary>
/// A fresh database of one provider, migrated once per test class with that provider's migrations,
/// with the tables and indexes read back from the database's own catalog. Deleted afterwards.
/// </summary>
public abstract class MigratedDatabase : IAsyncLifetime
{
    private bool _created;

    public IReadOnlyList<string> Tables { get; private set; } = [];
    public IReadOnlyList<string> Indexes { get; private set; } = [];
    public IReadOnlyList<string> UniqueIndexes { get; private set; } = [];

    public abstract ForumDbContext CreateContext();

    /// <summary>Catalog queries returning one column named Value.</summary>
    protected abstract string TablesSql { get; }
    protected abstract string IndexesSql { get; }
    protected abstract string UniqueIndexesSql { get; }

    public async Task InitializeAsync()
    {
        await using var db = CreateContext();
        _created = true;
        await db.Database.MigrateAsync();
        Tables = await db.Database.SqlQueryRaw<string>(TablesSql).ToListAsync();
        Indexes = await db.Database.SqlQueryRaw<string>(IndexesSql).ToListAsync();
        UniqueIndexes = await db.Database.SqlQueryRaw<string>(UniqueIndexesSql).ToListAsync();
    }

    public async Task DisposeAsync()
    {
        if (!_created)
            return;
        await using var db = CreateContext();
        await db.Database.EnsureDeletedAsync();
    }
}

public sealed class SqliteMigratedDatabase : MigratedDatabase
{
    private readonly string _connectionString =
        $"Data Source={Path.Combine(Path.GetTempPath(), $"forum-schema-{Guid.NewGuid():N}.db")};Pooling=False";

    public override ForumDbContext CreateContext() => TestDatabases.Sqlite(_connectionString);

    protected override string TablesSql => "SELECT name AS Value FROM sqlite_master WHERE type = 'table'";
    protected override string IndexesSql => "SELECT name AS Value FROM sqlite_master WHERE type = 'index'";
    protected override string UniqueIndexesSql => "SELECT name AS Value FROM sqlite_master WHERE type = 'index' AND sql LIKE 'CREATE UNIQUE INDEX%'";
}

public sealed class PostgresMigratedDatabase : MigratedDatabase
{
    private string? _connectionString;

    /// <summary>Fails with directions when FORUM_TEST_POSTGRES is not set.</summary>
    public override ForumDbContext CreateContext() =>
        TestDatabases.Postgres(_connectionString ??= TestDatabases.UniquePostgresDatabase("forum_schema"));

    protected override string TablesSql => "SELECT tablename AS \"Value\" FROM pg_tables WHERE schemaname = 'public'";
    protected override string IndexesSql => "SELECT indexname AS \"Value\" FROM pg_indexes WHERE schemaname = 'public'";
    protected override string UniqueIndexesSql => "SELECT indexname AS \"Value\" FROM pg_indexes WHERE schemaname = 'public' AND indexdef LIKE 'CREATE UNIQUE INDEX%'";
}
