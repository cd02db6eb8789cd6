using Microsoft.EntityFrameworkCore;

namespace Forum.Infrastructure.Tests.Persistence;

/// <summary>The same checks against every provider that can run here, on a database migrated from scratch.</summary>
public abstract class AppliedMigrationsTests(MigratedDatabase database)
{
    [Fact]
    public void Applying_the_migrations_creates_the_forum_and_identity_tables() =>
        Assert.Empty(ForumSchema.Missing(ForumSchema.Tables, database.Tables));

    [Fact]
    public void Applying_the_migrations_creates_the_indexes_behind_the_lists() =>
        Assert.Empty(ForumSchema.Missing(ForumSchema.ListIndexes, database.Indexes));

    [Fact]
    public void One_vote_per_member_and_post_and_unique_names_are_enforced_by_unique_indexes() =>
        Assert.Empty(ForumSchema.Missing(ForumSchema.UniqueIndexes, database.UniqueIndexes));

    [Fact]
    public void The_model_has_no_changes_that_are_missing_from_the_migrations()
    {
        using var db = database.CreateContext();
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model differs from the last migration's snapshot: add a migration for this provider (dotnet ef migrations add).");
    }

    [Fact]
    public async Task Every_migration_is_applied_and_migrating_again_changes_nothing()
    {
        await using var db = database.CreateContext();
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());

        await db.Database.MigrateAsync();

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }
}

public sealed class SqliteSchemaTests(SqliteMigratedDatabase database)
    : AppliedMigrationsTests(database), IClassFixture<SqliteMigratedDatabase>;

/// <summary>Runs against the real server named by FORUM_TEST_POSTGRES (set by scripts/test.sh); fails without it.</summary>
public sealed class PostgresSchemaTests(PostgresMigratedDatabase database)
    : AppliedMigrationsTests(database), IClassFixture<PostgresMigratedDatabase>;
