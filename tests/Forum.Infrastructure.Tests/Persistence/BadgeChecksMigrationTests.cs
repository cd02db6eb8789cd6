using Forum.Domain.Entities;
using Forum.Infrastructure.Identity;
using Forum.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Forum.Infrastructure.Tests.Persistence;

/// <summary>
/// The migration that brings badge checks, applied to a database whose members are already there: each member is due
/// for one look, since what they did before was never marked. The members are written on the current schema, which is
/// then migrated back to the one before and forward again.
/// </summary>
public abstract class BadgeChecksMigrationTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);

    private List<string> Members { get; } = [];

    protected abstract ForumDbContext CreateContext();

    public async Task InitializeAsync()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
        foreach (var name in new[] { "Ana", "Budi" })
        {
            var user = new ForumUser { UserName = $"{name}@forum.test", Email = $"{name}@forum.test", DisplayName = name };
            db.Users.Add(user);
            db.Members.Add(new Member(user.Id, name, Now));
            Members.Add(user.Id);
        }
        await db.SaveChangesAsync();

        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith("_BadgeChecks", StringComparison.Ordinal)) - 1];
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(before);
        await migrator.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await using var db = CreateContext();
        await db.Database.EnsureDeletedAsync();
    }

    [Fact]
    public async Task Every_member_is_due_for_one_check()
    {
        await using var db = CreateContext();

        Assert.Equal(Members.Order(StringComparer.Ordinal), (await db.BadgeChecks.Select(c => c.MemberId).ToListAsync()).Order(StringComparer.Ordinal));
    }
}

public sealed class SqliteBadgeChecksMigrationTests : BadgeChecksMigrationTests
{
    private readonly string _connectionString =
        $"Data Source={Path.Combine(Path.GetTempPath(), $"forum-badge-checks-{Guid.NewGuid():N}.db")};Pooling=False";

    protected override ForumDbContext CreateContext() => TestDatabases.Sqlite(_connectionString);
}

public sealed class PostgresBadgeChecksMigrationTests : BadgeChecksMigrationTests
{
    private readonly string _connectionString = TestDatabases.UniquePostgresDatabase("forum_badge_checks");

    protected override ForumDbContext CreateContext() => TestDatabases.Postgres(_connectionString);
}
