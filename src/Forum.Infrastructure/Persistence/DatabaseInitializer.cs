using Forum.Domain.Features.Search;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Forum.Infrastructure.Persistence;

/// <summary>Creates the database if needed and applies pending migrations.</summary>
public sealed class DatabaseInitializer(ForumDbContext db, DatabaseSettings settings, ILogger<DatabaseInitializer> logger)
{
    public async Task MigrateAsync(CancellationToken ct = default)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
                Directory.CreateDirectory(folder);
        }
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        if (pending.Count > 0)
            logger.LogInformation("Applying {Count} migration(s) to the {Provider} database: {Migrations}", pending.Count, settings.Provider, string.Join(", ", pending));
        await db.Database.MigrateAsync(ct);
        if (settings.Provider == DatabaseProvider.Sqlite)
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        await IndexUnindexedQuestionsAsync(ct);
    }

    /// <summary>Questions and FAQ articles written before they were searchable (or by other means) get their search documents.</summary>
    private async Task IndexUnindexedQuestionsAsync(CancellationToken ct)
    {
        var questions = await IndexAllAsync(SearchIndexing.MissingAsync, SearchIndexing.RefreshAsync, ct);
        var articles = await IndexAllAsync(SearchIndexing.MissingFaqAsync, SearchIndexing.RefreshFaqAsync, ct);
        if (questions + articles > 0)
            logger.LogInformation("Indexed {Questions} question(s) and {Articles} FAQ article(s) for search.", questions, articles);
    }

    private async Task<int> IndexAllAsync(
        Func<ForumDbContext, int, CancellationToken, Task<List<int>>> missingOf, Func<ForumDbContext, IReadOnlyCollection<int>, CancellationToken, Task> refresh, CancellationToken ct)
    {
        var indexed = 0;
        while (await missingOf(db, 500, ct) is { Count: > 0 } missing)
        {
            await refresh(db, missing, ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            indexed += missing.Count;
        }
        return indexed;
    }
}
