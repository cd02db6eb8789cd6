using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Forum.Infrastructure.Tests.Persistence;

/// <summary>
/// No SQL Server can run here, so the SQL Server migrations are checked as generated DDL.
/// The script is written to test-output/sqlserver-migration.sql for inspection.
/// </summary>
public sealed class SqlServerMigrationScriptTests
{
    private static readonly Lazy<string> Script = new(() =>
    {
        using var db = TestDatabases.SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript();
        File.WriteAllText(TestDatabases.OutputFile("sqlserver-migration.sql"), script);
        return script;
    });

    [Fact]
    public void The_migration_script_is_sql_server_ddl()
    {
        Assert.Contains("CREATE TABLE [Questions] (", Script.Value, StringComparison.Ordinal);
        Assert.Contains("nvarchar(", Script.Value, StringComparison.Ordinal);
        Assert.Contains("IDENTITY", Script.Value, StringComparison.Ordinal);
        Assert.Contains("\nGO", Script.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("CREATE TABLE \"", Script.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("AUTOINCREMENT", Script.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void The_migration_script_creates_the_forum_and_identity_tables() =>
        Assert.Empty(ForumSchema.Missing(ForumSchema.Tables, Created(@"CREATE TABLE \[(\w+)\] \(")));

    [Fact]
    public void The_migration_script_creates_the_indexes_behind_the_lists() =>
        Assert.Empty(ForumSchema.Missing(ForumSchema.ListIndexes, Created(@"CREATE (?:UNIQUE )?INDEX \[(\w+)\] ON ")));

    [Fact]
    public void One_vote_per_member_and_post_and_unique_names_are_enforced_by_unique_indexes() =>
        Assert.Empty(ForumSchema.Missing(ForumSchema.UniqueIndexes, Created(@"CREATE UNIQUE INDEX \[(\w+)\] ON ")));

    [Fact]
    public void The_model_has_no_changes_that_are_missing_from_the_migrations()
    {
        using var db = TestDatabases.SqlServer();
        Assert.False(db.Database.HasPendingModelChanges(),
            "The model differs from the last migration's snapshot: add a migration for this provider (dotnet ef migrations add).");
    }

    /// <summary>The names the script creates with statements matching <paramref name="pattern"/> (group 1 is the name).</summary>
    private static IEnumerable<string> Created(string pattern) =>
        Regex.Matches(Script.Value, pattern).Select(m => m.Groups[1].Value);
}
