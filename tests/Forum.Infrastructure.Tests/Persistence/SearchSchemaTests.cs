using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Forum.Infrastructure.Tests.Persistence;

/// <summary>The hand-written full-text pieces (Persistence/Sql/SearchSql.cs) exist after migrating, on each database.</summary>
public sealed class SqliteSearchSchemaTests(SqliteMigratedDatabase database) : IClassFixture<SqliteMigratedDatabase>
{
    [Fact]
    public async Task The_fts5_table_and_the_triggers_that_keep_it_in_step_are_created()
    {
        await using var db = database.CreateContext();
        var objects = await db.Database.SqlQueryRaw<string>("SELECT type || ' ' || name AS Value FROM sqlite_master").ToListAsync();

        Assert.Contains("table SearchDocumentsFts", objects);
        Assert.Contains("trigger SearchDocuments_AfterInsert", objects);
        Assert.Contains("trigger SearchDocuments_AfterUpdate", objects);
        Assert.Contains("trigger SearchDocuments_AfterDelete", objects);
        // Made anew after the table was rebuilt around its own key (questions and FAQ articles share it).
        var fts = await db.Database.SqlQueryRaw<string>("SELECT sql AS Value FROM sqlite_master WHERE name = 'SearchDocumentsFts'").SingleAsync();
        Assert.Contains("content_rowid='Id'", fts);
        var trigger = await db.Database.SqlQueryRaw<string>("SELECT sql AS Value FROM sqlite_master WHERE name = 'SearchDocuments_AfterInsert'").SingleAsync();
        Assert.Contains("new.\"Id\"", trigger);
    }
}

public sealed class PostgresSearchSchemaTests(PostgresMigratedDatabase database) : IClassFixture<PostgresMigratedDatabase>
{
    [Fact]
    public async Task The_generated_tsvector_column_has_a_gin_index()
    {
        await using var db = database.CreateContext();
        var definition = await db.Database.SqlQueryRaw<string>(
            "SELECT indexdef AS \"Value\" FROM pg_indexes WHERE indexname = 'IX_SearchDocuments_SearchVector'").SingleAsync();
        var generated = await db.Database.SqlQueryRaw<string>(
            "SELECT is_generated AS \"Value\" FROM information_schema.columns WHERE table_name = 'SearchDocuments' AND column_name = 'SearchVector'").SingleAsync();

        Assert.Contains("USING gin", definition);
        Assert.Equal("ALWAYS", generated);
    }

    [Fact]
    public async Task The_titles_have_a_generated_tsvector_of_their_own_with_a_gin_index()
    {
        await using var db = database.CreateContext();
        var definition = await db.Database.SqlQueryRaw<string>(
            "SELECT indexdef AS \"Value\" FROM pg_indexes WHERE indexname = 'IX_SearchDocuments_TitleVector'").SingleAsync();
        var expression = await db.Database.SqlQueryRaw<string>(
            "SELECT generation_expression AS \"Value\" FROM information_schema.columns WHERE table_name = 'SearchDocuments' AND column_name = 'TitleVector'").SingleAsync();

        Assert.Contains("USING gin", definition);
        Assert.Contains("\"Title\"", expression);
        Assert.DoesNotContain("\"Body\"", expression);
    }
}

public sealed class SqlServerSearchScriptTests
{
    [Fact]
    public void The_migration_script_creates_a_full_text_catalog_and_index_on_the_search_documents()
    {
        using var db = TestDatabases.SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript();

        Assert.Contains("CREATE FULLTEXT CATALOG [ForumSearch];", script, StringComparison.Ordinal);
        Assert.Contains("CREATE FULLTEXT INDEX ON [SearchDocuments] ([Title] LANGUAGE 1033, [Body] LANGUAGE 1033)", script, StringComparison.Ordinal);
        Assert.Contains("KEY INDEX [PK_SearchDocuments]", script, StringComparison.Ordinal);
        // The key changed for FAQ articles: the index is dropped before the primary key and made again after.
        var rebuilt = script.IndexOf("ADD CONSTRAINT [PK_SearchDocuments] PRIMARY KEY ([Id])", StringComparison.Ordinal);
        Assert.True(rebuilt > 0);
        Assert.True(script.LastIndexOf("DROP FULLTEXT INDEX ON [SearchDocuments];", rebuilt, StringComparison.Ordinal) > 0);
        Assert.True(script.IndexOf("CREATE FULLTEXT INDEX ON [SearchDocuments]", rebuilt, StringComparison.Ordinal) > rebuilt);
    }
}
