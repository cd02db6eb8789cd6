using Forum.Domain.Common;
using Forum.Domain.Features.Search;
using Forum.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Forum.Infrastructure.Search;

/// <summary>
/// SQLite FTS5. Every word is a quoted string (FTS5 "strings" cannot contain operators or column filters), so
/// the expression is always valid. The table is made by <see cref="Persistence.Sql.SearchSql.CreateSqlite"/>. Relevance is bm25 with the title weighing ten times the text.
/// </summary>
public sealed class SqliteSearchIndex(ForumDbContext db) : ISearchIndex
{
    public IQueryable<SearchMatch> MatchQuestions(SearchTerms terms, int? top = null)
    {
        var expression = Expression(terms);
        return db.Database.SqlQuery<SearchMatch>($"""
            SELECT rowid AS "Id", -bm25("SearchDocumentsFts", 10.0, 1.0) AS "Rank"
            FROM "SearchDocumentsFts" WHERE "SearchDocumentsFts" MATCH {expression}
            ORDER BY "Rank" DESC LIMIT {top ?? -1}
            """);
    }

    public IQueryable<SearchMatch> MatchTitles(SearchTerms terms, int candidates)
    {
        var expression = "{Title} : " + Expression(terms);
        return db.Database.SqlQuery<SearchMatch>($"""
            SELECT "Id", "Rank" FROM (
                SELECT rowid AS "Id", -bm25("SearchDocumentsFts", 1.0, 0.0) AS "Rank"
                FROM "SearchDocumentsFts" WHERE "SearchDocumentsFts" MATCH {expression}
                ORDER BY rowid DESC LIMIT {candidates})
            """);
    }

    public static string Expression(SearchTerms terms)
    {
        var alternatives = terms.Alternatives.Select(group => "(" + string.Join(" ", group.Select(Quote)) + ")");
        return "(" + string.Join(" OR ", alternatives) + ")" + string.Concat(terms.Excluded.Select(t => " NOT " + Quote(t)));
    }

    private static string Quote(SearchTerm term) => "\"" + string.Join(' ', term.Words).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

/// <summary>
/// PostgreSQL: websearch_to_tsquery over a query the forum writes itself from the parsed terms (quoted words
/// and phrases, "-" for exclusions, "or" between alternatives), matched against the GIN-indexed tsvector.
/// </summary>
public sealed class PostgresSearchIndex(ForumDbContext db) : ISearchIndex
{
    public IQueryable<SearchMatch> MatchQuestions(SearchTerms terms, int? top = null)
    {
        var query = Query(terms);
        return db.Database.SqlQuery<SearchMatch>($"""
            SELECT d."QuestionId" AS "Id", ts_rank(d."SearchVector", q, 1)::float8 AS "Rank"
            FROM "SearchDocuments" AS d, websearch_to_tsquery('english'::regconfig, {query}) AS q
            WHERE d."SearchVector" @@ q
            ORDER BY "Rank" DESC LIMIT {top}
            """);
    }

    public IQueryable<SearchMatch> MatchTitles(SearchTerms terms, int candidates)
    {
        var query = TitleQuery(terms);
        return db.Database.SqlQuery<SearchMatch>($"""
            SELECT c."Id", ts_rank(c."SearchVector", q, 1)::float8 AS "Rank"
            FROM (SELECT d."QuestionId" AS "Id", d."SearchVector"
                  FROM "SearchDocuments" AS d, to_tsquery('english'::regconfig, {query}) AS q
                  WHERE d."SearchVector" @@ q ORDER BY d."QuestionId" DESC LIMIT {candidates}) AS c,
                 to_tsquery('english'::regconfig, {query}) AS q
            """);
    }

    /// <summary>
    /// to_tsquery syntax with every word restricted to the title's weight (A). Safe to build by hand: terms hold
    /// only letters and digits.
    /// </summary>
    public static string TitleQuery(SearchTerms terms) =>
        string.Join(" | ", terms.Alternatives.Select(group => "(" + string.Join(" & ", group.Select(t => "(" + string.Join(" <-> ", t.Words.Select(w => w + ":A")) + ")")) + ")"));

    /// <summary>In websearch syntax "or" binds looser than the implicit "and", so groups need no parentheses.</summary>
    public static string Query(SearchTerms terms)
    {
        var alternatives = terms.Alternatives.Select(group => string.Join(" ", group.Select(Quote)));
        var exclusions = string.Concat(terms.Excluded.Select(t => " -" + Quote(t)));
        return string.Join(" or ", alternatives.Select(a => a + exclusions));
    }

    private static string Quote(SearchTerm term) => "\"" + string.Join(' ', term.Words).Replace("\"", " ", StringComparison.Ordinal) + "\"";
}

/// <summary>SQL Server full-text: CONTAINSTABLE over Title and Body with a condition built from quoted terms.</summary>
public sealed class SqlServerSearchIndex(ForumDbContext db) : ISearchIndex
{
    public IQueryable<SearchMatch> MatchQuestions(SearchTerms terms, int? top = null)
    {
        var condition = Condition(terms);
        return top is { } n
            ? db.Database.SqlQuery<SearchMatch>($"""
                SELECT ct.[KEY] AS [Id], CAST(ct.[RANK] AS float) AS [Rank]
                FROM CONTAINSTABLE([SearchDocuments], ([Title], [Body]), {condition}, {n}) AS ct
                """)
            : db.Database.SqlQuery<SearchMatch>($"""
                SELECT ct.[KEY] AS [Id], CAST(ct.[RANK] AS float) AS [Rank]
                FROM CONTAINSTABLE([SearchDocuments], ([Title], [Body]), {condition}) AS ct
                """);
    }

    public IQueryable<SearchMatch> MatchTitles(SearchTerms terms, int candidates) =>
        db.Database.SqlQuery<SearchMatch>($"""
            SELECT ct.[KEY] AS [Id], CAST(ct.[RANK] AS float) AS [Rank]
            FROM CONTAINSTABLE([SearchDocuments], [Title], {Condition(terms)}, {candidates}) AS ct
            """);

    public static string Condition(SearchTerms terms)
    {
        var alternatives = terms.Alternatives.Select(group => "(" + string.Join(" AND ", group.Select(Quote)) + ")");
        return "(" + string.Join(" OR ", alternatives) + ")" + string.Concat(terms.Excluded.Select(t => " AND NOT " + Quote(t)));
    }

    private static string Quote(SearchTerm term) => "\"" + string.Join(' ', term.Words).Replace("\"", " ", StringComparison.Ordinal) + "\"";
}
