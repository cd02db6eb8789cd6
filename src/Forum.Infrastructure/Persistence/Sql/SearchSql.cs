using Microsoft.EntityFrameworkCore.Migrations;

namespace Forum.Infrastructure.Persistence.Sql;

/// <summary>
/// The full-text index on "SearchDocuments", one per database, written by hand because EF Core cannot model it.
/// A migration that creates the SearchDocuments table calls the provider's Create method with one line in Up
/// (and Drop in Down), so that regenerated migrations only need that line added back.
/// When the table's key changed (FaqInSearch: documents keyed by their own Id, for questions and FAQ articles):
/// SQL Server ties its index to the primary key, so that migration calls DropSqlServer first and CreateSqlServer
/// last in Up (and DropSqlServerAndFaqDocuments first, CreateSqlServer last in Down). SQLite rebuilds the table
/// at the very end of a migration, after any custom SQL in it, and a rebuild drops the table's triggers, so the
/// full-text table is made anew by the next migration (FaqInSearchFullText, with no model change: one line,
/// RecreateSqlite, in Up). Any later migration that rebuilds SearchDocuments on SQLite needs the same follow-up
/// migration. Migrating SQLite down past FaqInSearch, or past SearchDocumentLanguages (its Down drops the Language column, a
/// rebuild), leaves search without its full-text table until migrated up.
/// Documents have a language since SearchDocumentLanguages: on PostgreSQL its Up ends with LanguagesPostgres (the
/// vector made again to stem each document in its language) and its Down starts with
/// DropPostgresAndTranslationDocuments and ends with CreatePostgres; on SQLite and SQL Server its Up ends with
/// SetQuestionDocumentLanguages and its Down starts with DeleteTranslationDocuments.
/// The documents themselves are kept current by the forum (Features/Search/SearchIndexing.cs) in the same
/// transaction as every post change; on SQLite and PostgreSQL the index follows the table in that transaction too.
/// </summary>
public static class SearchSql
{
    public const string FtsTable = "SearchDocumentsFts";

    /// <summary>The column the SQLite full-text table takes its rowids from: the documents' own key.</summary>
    public const string SqliteKey = "Id";

    /// <summary>The key the first search migration (AddSearch) used, when every document was a question's.</summary>
    public const string SqliteQuestionKey = "QuestionId";

    /// <summary>
    /// SQLite: an FTS5 external-content table over SearchDocuments (porter stemming, Unicode words, accents
    /// folded), kept in sync by triggers, then filled from what is already there. AddSearch calls this form, for
    /// documents keyed by question; later migrations call <see cref="RecreateSqlite"/>.
    /// One tokenizer serves English and Indonesian documents alike: unicode61 breaks words at every non-letter
    /// (so "kata-kata" is two words, as the query's words are) and folds case and accents, which suits both
    /// languages. Porter then strips English suffixes only: it leaves most Indonesian words as they are and cuts a
    /// few (a final "s", as "bisnis" to "bisni"; "-ing", "-ed", "-ly" endings are rare in Indonesian), and it is
    /// applied alike to the indexed text and to the query's words, so an Indonesian word still matches itself.
    /// What it cannot do is relate Indonesian forms of one word ("membayar", "pembayaran", "bayar"): Indonesian
    /// builds them with prefixes and suffixes FTS5 has no stemmer for, so on SQLite an Indonesian search finds
    /// the word forms it names (PostgreSQL stems them, see <see cref="CreatePostgresByLanguage"/>).
    /// </summary>
    public static void CreateSqlite(MigrationBuilder migration) => CreateSqlite(migration, SqliteQuestionKey);

    /// <summary>
    /// SQLite drops a table's triggers when a migration rebuilds it, and the full-text table names the key
    /// column: the migration after any migration that rebuilds SearchDocuments calls this in Up, so the full-text
    /// table, its triggers and its content are made anew.
    /// </summary>
    public static void RecreateSqlite(MigrationBuilder migration, string key = SqliteKey)
    {
        DropSqlite(migration);
        CreateSqlite(migration, key);
    }

    private static void CreateSqlite(MigrationBuilder migration, string key) => migration.Sql($"""
        CREATE VIRTUAL TABLE "{FtsTable}" USING fts5(
            "Title", "Body",
            content='SearchDocuments', content_rowid='{key}',
            tokenize='porter unicode61 remove_diacritics 2');
        CREATE TRIGGER "SearchDocuments_AfterInsert" AFTER INSERT ON "SearchDocuments" BEGIN
            INSERT INTO "{FtsTable}"(rowid, "Title", "Body") VALUES (new."{key}", new."Title", new."Body");
        END;
        CREATE TRIGGER "SearchDocuments_AfterDelete" AFTER DELETE ON "SearchDocuments" BEGIN
            INSERT INTO "{FtsTable}"("{FtsTable}", rowid, "Title", "Body") VALUES ('delete', old."{key}", old."Title", old."Body");
        END;
        CREATE TRIGGER "SearchDocuments_AfterUpdate" AFTER UPDATE ON "SearchDocuments" BEGIN
            INSERT INTO "{FtsTable}"("{FtsTable}", rowid, "Title", "Body") VALUES ('delete', old."{key}", old."Title", old."Body");
            INSERT INTO "{FtsTable}"(rowid, "Title", "Body") VALUES (new."{key}", new."Title", new."Body");
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

    /// <summary>
    /// The text-search configuration PostgreSQL stems Indonesian with: its own 'indonesian' (a Snowball stemmer,
    /// PostgreSQL 12 and later) when the server has it, else 'simple' (words as written, lower-cased). The migration
    /// and every search query choose by this same expression.
    /// </summary>
    public const string PostgresIndonesianConfig =
        "SELECT coalesce((SELECT c.oid::regconfig FROM pg_ts_config AS c WHERE c.cfgname = 'indonesian' AND c.cfgnamespace = 'pg_catalog'::regnamespace), 'simple'::regconfig)";

    /// <summary>
    /// PostgreSQL: the generated tsvector column (as <see cref="CreatePostgres"/>) stemmed in each document's own
    /// language: <see cref="PostgresIndonesianConfig"/> for Indonesian documents, 'english' for the others.
    /// </summary>
    public static void CreatePostgresByLanguage(MigrationBuilder migration) => migration.Sql(VectorColumnByLanguage("SearchVector", $"""
        setweight(to_tsvector({StemmedInItsLanguage}, translate(coalesce("Title", ''), '<>', '  ')), 'A') ||
        setweight(to_tsvector({StemmedInItsLanguage}, translate(coalesce("Body", ''), '<>', '  ')), 'B')
        """));

    /// <summary>
    /// PostgreSQL: the title alone as a generated tsvector column, stemmed as <see cref="CreatePostgresByLanguage"/> stems
    /// it, with a GIN index. Similar questions match and count titles (a telling word's share of all titles); restricted
    /// to the title's weight in "SearchVector", every match had to be checked against its whole vector, read back from
    /// storage: seconds for a common word at a million questions. This index answers a title match by itself.
    /// </summary>
    public static void CreatePostgresTitleVector(MigrationBuilder migration) => migration.Sql(VectorColumnByLanguage("TitleVector",
        $"""to_tsvector({StemmedInItsLanguage}, translate(coalesce("Title", ''), '<>', '  '))"""));

    /// <summary>The configuration of the document's language, in a generated column's expression of <see cref="VectorColumnByLanguage"/>.</summary>
    private const string StemmedInItsLanguage = """CASE WHEN "Language" = 'id' THEN %1$L::regconfig ELSE 'english'::regconfig END""";

    /// <summary>
    /// Adds the generated tsvector <paramref name="column"/> made by <paramref name="vector"/>, with its GIN index. The
    /// configuration is written into the expression (a generated column cannot look it up), so the migration decides it once.
    /// </summary>
    private static string VectorColumnByLanguage(string column, string vector) => $$"""
        DO $do$
        DECLARE indonesian text := ({{PostgresIndonesianConfig}})::text;
        BEGIN
            EXECUTE format($ddl$
                ALTER TABLE "SearchDocuments" ADD COLUMN "{{column}}" tsvector GENERATED ALWAYS AS ({{vector}}) STORED
                $ddl$, indonesian);
        END
        $do$;
        CREATE INDEX "IX_SearchDocuments_{{column}}" ON "SearchDocuments" USING GIN ("{{column}}");
        """;

    public static void DropPostgresTitleVector(MigrationBuilder migration) => migration.Sql("""
        DROP INDEX IF EXISTS "IX_SearchDocuments_TitleVector";
        ALTER TABLE "SearchDocuments" DROP COLUMN IF EXISTS "TitleVector";
        """);

    /// <summary>
    /// The documents written before they had a language were all in English but those of questions asked in another
    /// language: each question's document takes its question's (FAQ articles had English documents only).
    /// </summary>
    public static void SetQuestionDocumentLanguages(MigrationBuilder migration) => migration.Sql("""
        UPDATE "SearchDocuments" SET "Language" = (SELECT q."Language" FROM "Questions" AS q WHERE q."Id" = "SearchDocuments"."QuestionId")
        WHERE "QuestionId" IS NOT NULL;
        """);

    /// <summary>PostgreSQL, after the documents have a language: their vectors made again in it.</summary>
    public static void LanguagesPostgres(MigrationBuilder migration)
    {
        DropPostgres(migration);
        SetQuestionDocumentLanguages(migration);
        CreatePostgresByLanguage(migration);
    }

    /// <summary>Before a migration back to documents without a language: the FAQ translations' documents cannot follow.</summary>
    public static void DeleteTranslationDocuments(MigrationBuilder migration) =>
        migration.Sql("""DELETE FROM "SearchDocuments" WHERE "FaqArticleId" IS NOT NULL AND "Language" <> 'en';""");

    /// <summary>PostgreSQL, before a migration back to documents without a language: the vector (it reads the language) and the translations' documents.</summary>
    public static void DropPostgresAndTranslationDocuments(MigrationBuilder migration)
    {
        DropPostgres(migration);
        DeleteTranslationDocuments(migration);
    }

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

    /// <summary>Before a migration back to question-only documents: the FAQ articles' documents cannot follow.</summary>
    public static void DeleteFaqDocuments(MigrationBuilder migration) =>
        migration.Sql("""DELETE FROM "SearchDocuments" WHERE "QuestionId" IS NULL;""");

    /// <summary>SQLite, before a migration back to question-only documents: the full-text table (it cannot survive the rebuild), then the FAQ articles' documents.</summary>
    public static void DropSqliteAndFaqDocuments(MigrationBuilder migration)
    {
        DropSqlite(migration);
        DeleteFaqDocuments(migration);
    }

    /// <summary>SQL Server, before a migration back to question-only documents: the full-text index first, then the FAQ articles' documents.</summary>
    public static void DropSqlServerAndFaqDocuments(MigrationBuilder migration)
    {
        DropSqlServer(migration);
        DeleteFaqDocuments(migration);
    }
}
