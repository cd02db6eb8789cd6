using Forum.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Forum.Infrastructure.Tests.Persistence;

/// <summary>
/// A migration applied to a database that already holds rows: they are written on the current schema, which is then
/// migrated back to the one before <see cref="Migration"/> and forward again. The database is dropped afterwards.
/// </summary>
public abstract class MigrationReplayTests : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The migration's name without its timestamp.</summary>
    protected abstract string Migration { get; }

    protected abstract ForumDbContext CreateContext();

    /// <summary>Writes the rows the migration is replayed over.</summary>
    protected abstract Task WriteRowsAsync(ForumDbContext db);

    public async Task InitializeAsync()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
        await WriteRowsAsync(db);

        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith("_" + Migration, StringComparison.Ordinal)) - 1];
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(before);
        await migrator.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await using var db = CreateContext();
        await db.Database.EnsureDeletedAsync();
    }
}
