using Microsoft.EntityFrameworkCore.Migrations;

namespace Forum.Infrastructure.Persistence.Sql;

/// <summary>
/// The full-text index on "SearchDocuments", one per database, written by hand because EF Core cannot model it.
/// A migration that creates the SearchDocuments table calls the provider's Create method with one line in Up
/// (and Drop in Down), so that regenerated migrations only need that line added back.
/// The documents themselves are kept current by the forum (Features/Search/SearchIndexing.cs) in the same
/// transaction as every post change; on SQLite and PostgreSQL the index follows the table in that transaction too.
/// </summary>
public static class SearchSql
{
    public const string FtsTable = "SearchDocumentsFts";

    /// <summary>
    /// SQLite: an FTS5 external-content table over SearchDocuments (porter stemming, Unicode words, accents
    /// folded), kept in sync by triggers, then filled from what is already there.
    /// </summary>
    public static void CreateSqlite(MigrationBuilder migration) => migration.Sql($"""
        CREATE VIRTUAL TABLE "{FtsTable}" USING fts5(
            "Title", "Body",
            content='SearchDocuments', content_rowid='QuestionId',
            tokenize='porter unicode61 remove_diacritics 2');
        CREATE TRIGGER "SearchDocuments_AfterInsert" AFTER INSERT ON "SearchDocuments" BEGIN
            INSERT INTO "{FtsTable}"(rowid, "Title", "Body") VALUES (new."QuestionId", new."Title", new."Body");
        END;
        CREATE TRIGGER "SearchDocuments_AfterDelete" AFTER DELETE ON "SearchDocuments" BEGIN
            INSERT INTO "{FtsTable}"("{FtsTable}", rowid, "Title", "Body") VALUES ('delete', old."QuestionId", old."Title", old."Body");
        END;
        CREATE TRIGGER "SearchDocuments_AfterUpdate" AFTER UPDATE ON "SearchDocuments" BEGIN
            INSERT INTO "{FtsTable}"("{FtsTable}", rowid, "Title", "Body") VALUES ('delete', old."QuestionId", old."Title", old."Body");
            INSERT INTO "{FtsTable}"(rowid, "Title", "Body") VALUES (new."QuestionId", new."Title", new."Body");
        END;
        INSERT INTO "{FtsTable}"("{FtsTable}") VALUES ('rebuild');
        """);

    public static void DropSqlite(MigrationBuilder migration) => migration.Sql($"""
        DROP TRIGGER IF EXISTS "SearchDocuments_AfterInsert";
        DROP TRIGGER IF EXISTS "SearchDocuments_AfterDelete";
        DROP TRIGGER IF EXISTS "SearchDocuments_AfterUpdate";
        DROP TABLE IF EXISTS "{FtsTable}";
        """);

    /// <summary>
    /// PostgreSQL: a stored generated tsvector column (English stemming; the title weighs A, the text B), so the
    /// database itself keeps it current on every insert and update, with a GIN index. Angle brackets become
    /// spaces first: PostgreSQL's parser would otherwise drop "&lt;script&gt;" in a post's text as an HTML tag.
    /// </summary>
    public static void CreatePostgres(MigrationBuilder migration) => migration.Sql("""
        ALTER TABLE "SearchDocuments" ADD COLUMN "SearchVector" tsvector GENERATED ALWAYS AS (
            setweight(to_tsvector('english'::regconfig, translate(coalesce("Title", ''), '<>', '  ')), 'A') ||
            setweight(to_tsvector('english'::regconfig, translate(coalesce("Body", ''), '<>', '  ')), 'B')) STORED;
        CREATE INDEX "IX_SearchDocuments_SearchVector" ON "SearchDocuments" USING GIN ("SearchVector");
        """);

    public static void DropPostgres(MigrationBuilder migration) => migration.Sql("""
        DROP INDEX IF EXISTS "IX_SearchDocuments_SearchVector";
        ALTER TABLE "SearchDocuments" DROP COLUMN IF EXISTS "SearchVector";
        """);

    /// <summary>
    /// SQL Server: a full-text catalog and index on Title and Body, queried with CONTAINSTABLE. Full-text DDL
    /// cannot run inside a transaction, and SQL Server fills the index in the background (seconds, not in the
    /// writing transaction). Needs the Full-Text Search feature of SQL Server.
    /// </summary>
    public static void CreateSqlServer(MigrationBuilder migration) => migration.Sql("""
        CREATE FULLTEXT CATALOG [ForumSearch];
        CREATE FULLTEXT INDEX ON [SearchDocuments] ([Title] LANGUAGE 1033, [Body] LANGUAGE 1033)
            KEY INDEX [PK_SearchDocuments] ON [ForumSearch] WITH CHANGE_TRACKING AUTO, STOPLIST = SYSTEM;
        """, suppressTransaction: true);

    public static void DropSqlServer(MigrationBuilder migration) => migration.Sql("""
        DROP FULLTEXT INDEX ON [SearchDocuments];
        DROP FULLTEXT CATALOG [ForumSearch];
        """, suppressTransaction: true);
}
