using Forum.Domain.Entities;
using Forum.Infrastructure.Identity;
using Forum.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Forum.Infrastructure.Tests.Persistence;

/// <summary>
/// The migration that brings badge checks, applied to a database whose members are already there: each member is due
/// for one look, since what they did before was never marked.
/// </summary>
public abstract class BadgeChecksMigrationTests : MigrationReplayTests
{
    private List<string> Members { get; } = [];

    protected override string Migration => "BadgeChecks";

    protected override async Task WriteRowsAsync(ForumDbContext db)
    {
        foreach (var name in new[] { "Ana", "Budi" })
        {
            var user = new ForumUser { UserName = $"{name}@forum.test", Email = $"{name}@forum.test", DisplayName = name };
            db.Users.Add(user);
            db.Members.Add(new Member(user.Id, name, Now));
            Members.Add(user.Id);
        }
        await db.SaveChangesAsync();
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
