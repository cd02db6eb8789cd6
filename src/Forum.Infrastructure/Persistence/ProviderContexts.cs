using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Forum.Infrastructure.Persistence;

/// <summary>The embedded default. SQLite cannot compare or sort DateTimeOffset values, so they are stored as sortable integers.</summary>
public sealed class SqliteForumDbContext(DbContextOptions<SqliteForumDbContext> options) : ForumDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // The question last: a filter on the question would otherwise be sought in this index for every match.
        builder.Entity<Domain.Entities.SearchDocument>()
            .HasIndex(d => new { d.Id, d.Language, d.QuestionId }, Search.SqliteSearchIndex.DocumentTargetsIndex);
    }

    protected override bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19 };

    protected override bool IsTransientConflict(Exception exception) => false;

    /// <summary>
    /// BEGIN IMMEDIATE (what Microsoft.Data.Sqlite begins for a serializable, non-deferred transaction): the
    /// transaction takes SQLite's one write lock at once (waiting for the busy timeout), so every unit of work that
    /// locks anything runs alone from its first lock to its commit, and nothing can deadlock.
    /// </summary>
    protected override Task<IDbContextTransaction> BeginLockTransactionAsync(CancellationToken cancellationToken) =>
        Database.BeginTransactionAsync(System.Data.IsolationLevel.Serializable, cancellationToken);

    /// <summary>The write lock taken by <see cref="BeginLockTransactionAsync"/> already covers every key.</summary>
    protected override Task LockKeyAsync(string key, CancellationToken cancellationToken) => Task.CompletedTask;

    protected internal override bool WritesOneAtATime => true;
}

public sealed class PostgresForumDbContext(DbContextOptions<PostgresForumDbContext> options) : ForumDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // PostgreSQL keeps the list as an array column, which needs a default for the members from before it: none (any language).
        builder.Entity<Domain.Entities.Member>().Property(m => m.AnswerLanguages).HasDefaultValueSql("'{}'::text[]");
    }

    protected override bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation };

    protected override bool IsTransientConflict(Exception exception) =>
        exception is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.DeadlockDetected or Npgsql.PostgresErrorCodes.SerializationFailure };

    /// <summary>A transaction-scoped advisory lock on the key's 64-bit hash: released by the commit or the rollback.</summary>
    protected override Task LockKeyAsync(string key, CancellationToken cancellationToken) =>
        Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({key}, 0))", cancellationToken);

    /// <summary>A session advisory lock around the start-up work, held on one open connection until it is done.</summary>
    public override Task StartUpAloneAsync(Func<Task> work, CancellationToken cancellationToken) =>
        StartUpAloneOnServerAsync(work, e => e is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.DuplicateDatabase },
            $"SELECT pg_advisory_lock(hashtextextended({StartUpLock}, 0))",
            $"SELECT pg_advisory_unlock(hashtextextended({StartUpLock}, 0))", cancellationToken);
}

public sealed class SqlServerForumDbContext(DbContextOptions<SqlServerForumDbContext> options) : ForumDbContext(options)
{
    protected override bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is Microsoft.Data.SqlClient.SqlException { Number: 2601 or 2627 };

    protected override bool IsTransientConflict(Exception exception) => exception is Microsoft.Data.SqlClient.SqlException { Number: 1205 };

    /// <summary>An application lock owned by the transaction: released by the commit or the rollback.</summary>
    protected override Task LockKeyAsync(string key, CancellationToken cancellationToken) =>
        Database.ExecuteSqlAsync($"EXEC sp_getapplock @Resource = {key}, @LockMode = 'Exclusive', @LockOwner = 'Transaction'", cancellationToken);

    /// <summary>A session application lock around the start-up work, as on PostgreSQL.</summary>
    public override Task StartUpAloneAsync(Func<Task> work, CancellationToken cancellationToken) =>
        StartUpAloneOnServerAsync(work, e => e is Microsoft.Data.SqlClient.SqlException { Number: 1801 },
            $"EXEC sp_getapplock @Resource = {StartUpLock}, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = -1",
            $"EXEC sp_releaseapplock @Resource = {StartUpLock}, @LockOwner = 'Session'", cancellationToken);
}
