using System.Data.Common;
using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using Forum.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

/// <summary>
/// Writes many rows at once on the context's own connection: on PostgreSQL with COPY (text format, one stream per
/// call), on SQLite with prepared multi-row INSERTs, one transaction per call. Tables, columns, value conversions
/// (SQLite's dates as integers, enums as numbers) and parameter types all come from the forum's EF model, so a row is
/// exactly what SaveChanges would write, without the change tracker's cost. Keys the database generates are left to it
/// unless the caller gives them.
/// </summary>
internal sealed class BulkWriter(ForumDbContext db) : IDisposable
{
    private readonly Dictionary<(string Table, int Rows), DbCommand> prepared = [];
    private readonly Dictionary<string, TimeSpan> spent = [];

    /// <summary>The time spent writing each table so far, e.g. "Answers 12.3 s, Votes 2.1 s".</summary>
    public string Timings => string.Join(", ", spent.Select(s => $"{s.Key} {s.Value.TotalSeconds:0.0} s"));

    /// <summary>Entities of a mapped type; <paramref name="withKeys"/> writes their Id too (set by the caller).</summary>
    public Task InsertAsync<T>(IReadOnlyList<T> entities, bool withKeys = false) where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped.");
        var columns = entityType.GetProperties()
            .Where(p => withKeys || !(p.IsPrimaryKey() && p.ValueGenerated == ValueGenerated.OnAdd))
            .Select(p => new Column<T>(p.GetColumnName(), p.GetRelationalTypeMapping(), p.IsNullable, Getter<T>(p)))
            .ToList();
        return InsertAsync(entityType.GetTableName()!, columns, entities);
    }

    /// <summary>Rows of a many-to-many join table (e.g. "QuestionTags"): the left and right entities' keys.</summary>
    public Task InsertLinksAsync<TLeft, TRight>(string joinEntity, IReadOnlyList<(int Left, int Right)> links)
    {
        var entityType = db.Model.FindEntityType(joinEntity) ?? throw new InvalidOperationException($"{joinEntity} is not mapped.");
        var columns = entityType.GetForeignKeys().Select(fk =>
        {
            var property = fk.Properties.Single();
            Func<(int Left, int Right), object?> value = fk.PrincipalEntityType.ClrType == typeof(TLeft) ? l => l.Left
                : fk.PrincipalEntityType.ClrType == typeof(TRight) ? l => l.Right
                : throw new InvalidOperationException($"{joinEntity} links neither {typeof(TLeft).Name} nor {typeof(TRight).Name}.");
            return new Column<(int Left, int Right)>(property.GetColumnName(), property.GetRelationalTypeMapping(), false, value);
        }).ToList();
        return InsertAsync(entityType.GetTableName()!, columns, links);
    }

    private async Task InsertAsync<T>(string table, IReadOnlyList<Column<T>> columns, IReadOnlyList<T> rows)
    {
        if (rows.Count == 0)
            return;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (db.Database.GetDbConnection() is Npgsql.NpgsqlConnection postgres)
        {
            await CopyAsync(postgres, table, columns, rows);
            spent[table] = spent.GetValueOrDefault(table) + clock.Elapsed;
            return;
        }
        var connection = db.Database.GetDbConnection();
        // SQLite has no round trips, and it finds each named parameter by a walk through the statement's list: a few
        // rows per statement are fastest.
        var perCommand = Math.Clamp(200 / columns.Count, 1, 500);
        await using var transaction = await connection.BeginTransactionAsync();
        for (var start = 0; start < rows.Count; start += perCommand)
        {
            var count = Math.Min(perCommand, rows.Count - start);
            var command = Command(connection, table, columns, count);
            command.Transaction = transaction;
            var parameters = command.Parameters;
            for (var r = 0; r < count; r++)
            {
                var row = rows[start + r];
                for (var c = 0; c < columns.Count; c++)
                    parameters[r * columns.Count + c].Value = columns[c].ProviderValue(row);
            }
            await command.ExecuteNonQueryAsync();
        }
        await transaction.CommitAsync();
        spent[table] = spent.GetValueOrDefault(table) + clock.Elapsed;
    }

    /// <summary>
    /// PostgreSQL's COPY in its text format: every value written as PostgreSQL reads it for the column's type, a few
    /// times faster than INSERTs of the same rows (no statements to parse and plan, no parameters to bind). Dates are
    /// written with their offset, so the session's time zone does not matter.
    /// </summary>
    private static async Task CopyAsync<T>(Npgsql.NpgsqlConnection connection, string table, IReadOnlyList<Column<T>> columns, IReadOnlyList<T> rows)
    {
        var copy = $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN";
        await using var writer = await connection.BeginTextImportAsync(copy);
        var line = new StringBuilder(1 << 20);
        foreach (var row in rows)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                if (c > 0)
                    line.Append('\t');
                CopyText.Append(line, columns[c].ProviderValue(row));
            }
            line.Append('\n');
            if (line.Length > 1 << 20)
            {
                await writer.WriteAsync(line);
                line.Clear();
            }
        }
        await writer.WriteAsync(line);
    }

    private DbCommand Command<T>(DbConnection connection, string table, IReadOnlyList<Column<T>> columns, int rows)
    {
        if (prepared.TryGetValue((table, rows), out var command))
            return command;
        command = connection.CreateCommand();
        var values = new List<string>(rows);
        for (var r = 0; r < rows; r++)
        {
            var names = new string[columns.Count];
            for (var c = 0; c < columns.Count; c++)
            {
                names[c] = $"@p{r}_{c}";
                // The type mapping configures the parameter as EF would (its provider type, e.g. SQLite text for Guids).
                command.Parameters.Add(columns[c].Mapping.CreateParameter(command, names[c], null, columns[c].Nullable));
            }
            values.Add("(" + string.Join(", ", names) + ")");
        }
        command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c.Name}\""))}) VALUES {string.Join(", ", values)}";
        prepared[(table, rows)] = command;
        return command;
    }

    /// <summary>A compiled read of the property, so that hundreds of thousands of rows cost no reflection.</summary>
    private static Func<T, object?> Getter<T>(IProperty property)
    {
        var member = (System.Reflection.MemberInfo?)property.PropertyInfo ?? property.FieldInfo
            ?? throw new InvalidOperationException($"{typeof(T).Name}.{property.Name} has no CLR member to read.");
        var entity = Expression.Parameter(typeof(T));
        return Expression.Lambda<Func<T, object?>>(Expression.Convert(Expression.MakeMemberAccess(entity, member), typeof(object)), entity).Compile();
    }

    private sealed record Column<T>(string Name, RelationalTypeMapping Mapping, bool Nullable, Func<T, object?> Read)
    {
        public object ProviderValue(T row)
        {
            var value = Read(row);
            if (value is not null && Mapping.Converter is { } converter)
                value = converter.ConvertToProvider(value);
            else if (value is Enum)
                value = Convert.ChangeType(value, Enum.GetUnderlyingType(value.GetType()), System.Globalization.CultureInfo.InvariantCulture);
            return value ?? DBNull.Value;
        }
    }

    public void Dispose()
    {
        foreach (var command in prepared.Values)
            command.Dispose();
    }
}

/// <summary>Values in the text format of PostgreSQL's COPY.</summary>
internal static class CopyText
{
    public static void Append(StringBuilder line, object? value)
    {
        switch (value)
        {
            case null or DBNull:
                line.Append("\\N");
                break;
            case string text:
                Escaped(line, text);
                break;
            case bool flag:
                line.Append(flag ? 't' : 'f');
                break;
            case DateTimeOffset time:
                line.Append(time.ToString("yyyy-MM-dd HH:mm:ss.ffffffzzz", CultureInfo.InvariantCulture));
                break;
            case DateTime time:
                line.Append(time.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture)).Append(time.Kind == DateTimeKind.Utc ? "+00" : "");
                break;
            case byte[] bytes:
                line.Append("\\\\x").Append(Convert.ToHexString(bytes));
                break;
            case IEnumerable<string> items:
                // An array literal ({"a","b"}), whose quotes and backslashes are then escaped for COPY like any text.
                Escaped(line, "{" + string.Join(",", items.Select(i => "\"" + i.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"")) + "}");
                break;
            case IFormattable formattable:
                line.Append(formattable.ToString(null, CultureInfo.InvariantCulture));
                break;
            default:
                Escaped(line, value.ToString() ?? "");
                break;
        }
    }

    private static void Escaped(StringBuilder line, string text)
    {
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': line.Append("\\\\"); break;
                case '\n': line.Append("\\n"); break;
                case '\r': line.Append("\\r"); break;
                case '\t': line.Append("\\t"); break;
                default: line.Append(c); break;
            }
        }
    }
}
