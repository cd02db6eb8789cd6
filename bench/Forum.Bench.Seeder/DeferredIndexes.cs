using Forum.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

/// <summary>
/// PostgreSQL: the secondary indexes and foreign keys of the tables about to be filled, taken off before the bulk
/// writes and put back after them, exactly as the migrations made them (their definitions are read from the catalog).
/// Building an index once over all the rows is many times faster than keeping it up to date row by row, above all the
/// full-text index, and a foreign key checked once by a join costs less than a lookup per row. Primary keys stay.
/// </summary>
internal sealed class DeferredIndexes
{
    private readonly List<(string Table, string Name, string Definition)> _foreignKeys;
    private readonly List<string> _indexes;

    private DeferredIndexes(List<(string, string, string)> foreignKeys, List<string> indexes)
    {
        _foreignKeys = foreignKeys;
        _indexes = indexes;
    }

    public int Count => _foreignKeys.Count + _indexes.Count;

    public static async Task<DeferredIndexes> DropAsync(ForumDbContext db, IReadOnlyList<string> tables)
    {
        var quoted = tables.Select(t => $"\"{t}\"").ToArray();
        var names = tables.ToArray();
        var foreignKeys = await db.Database.SqlQuery<ForeignKey>($"""
            SELECT c.conrelid::regclass::text AS "Table", c.conname::text AS "Name", pg_get_constraintdef(c.oid) AS "Definition"
            FROM pg_constraint c
            WHERE c.contype = 'f' AND c.conrelid::regclass::text = ANY({quoted})
            """).ToListAsync();
        // Indexes that back no constraint (the primary keys stay).
        var indexes = await db.Database.SqlQuery<Index>($"""
            SELECT i.indexname::text AS "Name", i.indexdef AS "Definition"
            FROM pg_indexes i
            WHERE i.schemaname = current_schema() AND i.tablename = ANY({names})
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
            """).ToListAsync();
        foreach (var key in foreignKeys)
        {
            var drop = $"ALTER TABLE {key.Table} DROP CONSTRAINT \"{key.Name}\"";
            await db.Database.ExecuteSqlRawAsync(drop);
        }
        foreach (var index in indexes)
        {
            var drop = $"DROP INDEX \"{index.Name}\"";
            await db.Database.ExecuteSqlRawAsync(drop);
        }
        return new DeferredIndexes(foreignKeys.Select(k => (k.Table, k.Name, k.Definition)).ToList(), indexes.Select(i => i.Definition).ToList());
    }

    /// <summary>Builds the indexes again (with memory to sort in), then adds back and checks the foreign keys.</summary>
    public async Task RestoreAsync(ForumDbContext db)
    {
        var usual = db.Database.GetCommandTimeout();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await db.Database.ExecuteSqlRawAsync("SET maintenance_work_mem = '512MB'");
        foreach (var index in _indexes)
            await db.Database.ExecuteSqlRawAsync(index);
        foreach (var (table, name, definition) in _foreignKeys)
        {
            var add = $"ALTER TABLE {table} ADD CONSTRAINT \"{name}\" {definition}";
            await db.Database.ExecuteSqlRawAsync(add);
        }
        await db.Database.ExecuteSqlRawAsync("RESET maintenance_work_mem");
        db.Database.SetCommandTimeout(usual);
    }

    public sealed class ForeignKey
    {
        public string Table { get; set; } = "";
        public string Name { get; set; } = "";
        public string Definition { get; set; } = "";
    }

    public sealed class Index
    {
        public string Name { get; set; } = "";
        public string Definition { get; set; } = "";
    }
}
