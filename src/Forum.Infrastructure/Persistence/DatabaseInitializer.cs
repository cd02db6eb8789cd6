using Microsoft.Data.Sqlite;

namespace Forum.Infrastructure.Persistence;

/// <summary>Creates the database if needed and applies pending migrations.</summary>
public sealed class DatabaseInitializer(ForumDbContext db, DatabaseSettings settings, ILogger<DatabaseInitializer> logger)
{
    public static readonly TimeSpan MigrationCommandTimeout = TimeSpan.FromHours(1);

    /// <param name="afterwards">More start-up work on the migrated database (seeding), done before another node starts its own.</param>
    public async Task MigrateAsync(Func<Task>? afterwards = null, CancellationToken ct = default)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
            if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } folder)
                Directory.CreateDirectory(folder);
        }
        await db.StartUpAloneAsync(async () =>
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count > 0)
                logger.LogInformation("Applying {Count} migration(s) to the {Provider} database: {Migrations}", pending.Count, settings.Provider, string.Join(", ", pending));
            await MigrateWithoutCommandTimeoutAsync(ct);
            if (settings.Provider == DatabaseProvider.Sqlite)
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await IndexUnindexedQuestionsAsync(ct);
            if (await RankSimilarQuestionsHandler.MarkNeverRankedAsync(db, ct) is > 0 and var due)
                logger.LogInformation("The similar questions of {Count} question(s) will be ranked in the background.", due);
            if (await RankFaqRelatedQuestionsHandler.MarkNeverRankedAsync(db, ct) is > 0 and var articles)
                logger.LogInformation("The related questions of {Count} FAQ article(s) will be ranked in the background.", articles);
            await KeyNamesOfEarlierMembersAsync(ct);
            if (afterwards is not null)
                await afterwards();
        }, ct);
    }

    /// <summary>
    /// A migration may rewrite a whole table (every search document's vector, for one): on a large forum that takes
    /// minutes, not the 30 seconds a request's command may.
    /// </summary>
    private async Task MigrateWithoutCommandTimeoutAsync(CancellationToken ct)
    {
        var usual = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(MigrationCommandTimeout);
        try
        {
            await db.Database.MigrateAsync(ct);
        }
        finally
        {
            db.Database.SetCommandTimeout(usual);
        }
    }

    /// <summary>
    /// Members from before display names were kept unique get their name key and their role's copy. Where earlier
    /// names look alike, the team's members keep theirs first, then the oldest accounts; each later one gets the
    /// first free "Name (2)", "Name (3)"... and may choose a new name at once. The same data gives the same result,
    /// so nodes starting together agree (one of them writes it).
    /// </summary>
    private async Task KeyNamesOfEarlierMembersAsync(CancellationToken ct)
    {
        var members = await db.Members.Where(m => m.NameKey == null).ToListAsync(ct);
        if (members.Count == 0)
            return;
        var ids = members.Select(m => m.Id).ToList();
        var roles = (await db.UserRoles.Where(ur => ids.Contains(ur.UserId))
                .Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name }).ToListAsync(ct))
            .ToLookup(r => r.UserId, r => r.Name!);
        var taken = (await db.Members.Where(m => m.NameKey != null).Select(m => m.NameKey!).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var renamed = 0;
        foreach (var member in members.Select(m => { m.SetRole(Roles.HighestOf(roles[m.Id])); return m; })
                     .OrderByDescending(m => m.Role != MemberRole.Member).ThenBy(m => m.CreatedAt).ThenBy(m => m.Id, StringComparer.Ordinal))
        {
            var name = member.DisplayName;
            for (var n = 2; NameSkeleton.Of(name) is var key && (key.Length == 0 || taken.Contains(key)); n++)
                name = DisplayNameRules.Numbered(member.DisplayName, n);
            taken.Add(NameSkeleton.Of(name));
            if (name != member.DisplayName)
                renamed++;
            member.KeepNameAs(name);
        }
        try
        {
            await db.SaveChangesAsync(ct);
            logger.LogInformation("Keyed the display names of {Count} member(s); {Renamed} look-alike name(s) got a number.", members.Count, renamed);
        }
        catch (ConflictException)
        {
            // Another node starting at the same moment wrote the same names first.
            logger.LogInformation("The display names of earlier members were keyed by another node.");
        }
        db.ChangeTracker.Clear();
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
        while (true)
        {
            // Under the lock of the refreshing worker (of any node), so that the two never write the same new document.
            await db.LockAsync(Locks.SearchRefreshes, ct);
            var missing = await missingOf(db, 500, ct);
            if (missing.Count == 0)
            {
                db.ReleaseLocks();
                return indexed;
            }
            await refresh(db, missing, ct);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            indexed += missing.Count;
        }
    }
}
