using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Forum.Infrastructure.Persistence.Sql;

/// <summary>
/// The tables of Quartz.NET's clustered job store, which runs the forum's background jobs on a database server
/// (docs/decisions/0013). They are made by the forum's own migrations from the scripts Quartz.NET 4.7.3 ships
/// (<c>vendor/quartz/quartz_tables_*.sql</c>, embedded), so a node never needs the right to create tables at run time; the EF model does not
/// map them. SQLite keeps its schedule in memory and has none.
/// </summary>
public static class QuartzSql
{
    /// <summary>Quartz's default table prefix, which the job store is left to use.</summary>
    public const string TablePrefix = "QRTZ_";

    /// <summary>Children before parents, for dropping.</summary>
    private static readonly string[] Tables =
    [
        "JOB_STATUS", "MISFIRE_HISTORY", "EXECUTION_HISTORY", "LOCKS", "SCHEDULER_STATE", "FIRED_TRIGGERS", "PAUSED_JOB_GRPS",
        "PAUSED_TRIGGER_GRPS", "CALENDARS", "BLOB_TRIGGERS", "SIMPROP_TRIGGERS", "CRON_TRIGGERS", "SIMPLE_TRIGGERS", "TRIGGERS", "JOB_DETAILS",
    ];

    public static void CreatePostgres(MigrationBuilder migrationBuilder) => Create(migrationBuilder, "quartz_tables_postgres.sql");

    public static void CreateSqlServer(MigrationBuilder migrationBuilder) => Create(migrationBuilder, "quartz_tables_sqlserver.sql");

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        foreach (var table in Tables)
            migrationBuilder.Sql($"DROP TABLE IF EXISTS {TablePrefix}{table};");
    }

    /// <summary>The script's statements, which it separates by lines reading "--;;", each run as one command.</summary>
    public static IEnumerable<string> Statements(string script) =>
        Read(script).Replace("{0}", TablePrefix).Replace("{1}", TablePrefix)
            .Split("\n--;;\n")
            .Select(s => s.Trim())
            .Where(s => s.Split('\n').Any(line => !line.TrimStart().StartsWith("--", StringComparison.Ordinal) && line.Trim().Length > 0));

    private static void Create(MigrationBuilder migrationBuilder, string script)
    {
        foreach (var statement in Statements(script))
            migrationBuilder.Sql(statement);
    }

    private static string Read(string script)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(script)
            ?? throw new InvalidOperationException($"The Quartz schema script {script} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
