namespace Forum.Infrastructure.Search;

/// <summary>
/// What the three engines share: one search documents table for questions and FAQ articles, told apart by which
/// of its two target columns is set. Each engine writes one query with that column's name in it (a constant of
/// this class, never input) and everything people type as parameters ({0}, {1}).
/// </summary>
public abstract class SearchIndex(ForumDbContext db, SearchCounts counts) : ISearchIndex
{
    protected const string QuestionColumn = "QuestionId", FaqArticleColumn = "FaqArticleId";

    public IQueryable<SearchMatch> MatchQuestions(SearchTerms terms) => Run(Sql(QuestionColumn), EngineQuery(terms));

    /// <summary>
    /// An article has a document in English and one per published translation: of those in the reader's language and
    /// in English that match, the one in the reader's language is kept (else the best English one).
    /// </summary>
    public IQueryable<SearchMatch> MatchFaqArticles(SearchTerms terms, string language, int? top = null)
    {
        var matches = Run($$"""
            SELECT m."Id", m."Rank", m."Language", m."Newness"
            FROM (SELECT f."Id", f."Rank", f."Language", f."Newness",
                         ROW_NUMBER() OVER (PARTITION BY f."Id" ORDER BY CASE WHEN f."Language" = {1} THEN 0 ELSE 1 END, f."Rank" DESC) AS "Choice"
                  FROM ({{Sql(FaqArticleColumn)}}) AS f
                  WHERE f."Language" = {1} OR f."Language" = '{{Languages.English}}') AS m
            WHERE m."Choice" = 1
            """, EngineQuery(terms), language);
        return top is { } n ? matches.OrderByDescending(m => m.Rank).ThenByDescending(m => m.Id).Take(n) : matches;
    }

    /// <summary>
    /// Every matching document of <paramref name="column"/>'s kind, selecting "Id", "Rank", "Language" and "Newness"
    /// (<see cref="SearchMatch.Newness"/>): {0} is the engine's expression.
    /// </summary>
    protected abstract string Sql(string column);

    protected abstract string EngineQuery(SearchTerms terms);

    public abstract IQueryable<SearchMatch> MatchTitles(SearchTerms terms, int candidates);

    public abstract IQueryable<SearchMatch> MatchNewestQuestions(SearchTerms terms, int candidates);

    /// <summary>The key of the number of documents among the kept counts (no word is empty).</summary>
    private const string DocumentsKey = "";

    /// <summary>
    /// One query for every count not kept in <see cref="SearchCounts"/>: the number of documents, and for each
    /// word the engine's <see cref="TitleCountSql"/> (-1 for a word it does not index).
    /// </summary>
    public virtual async Task<TitleStatistics?> CountTitlesAsync(IReadOnlyCollection<string> words, CancellationToken ct)
    {
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var word in words.Distinct())
        {
            if (counts.TryGet(word, out var titles))
                found[word] = titles;
            else
                missing.Add(word);
        }
        var documentsKept = counts.TryGet(DocumentsKey, out var documents);
        var queries = missing.Select((_, i) => $$"""SELECT {{i}} AS "Word", ({{TitleCountSql("{" + i + "}")}}) AS "Count" """).ToList();
        if (!documentsKept)
            queries.Add("""SELECT -1 AS "Word", (SELECT count(*) FROM "SearchDocuments") AS "Count" """);
        if (queries.Count > 0)
        {
            var rows = await db.Database.SqlQueryRaw<WordCount>(string.Join("UNION ALL ", queries), missing.Select(TitleCountParameter).ToArray<object>())
                .ToListAsync(ct);
            foreach (var row in rows)
            {
                var key = row.Word < 0 ? DocumentsKey : missing[row.Word];
                counts.Keep(key, row.Count);
                if (row.Word < 0)
                    documents = row.Count;
                else
                    found[key] = row.Count;
            }
        }
        return new TitleStatistics(documents, found.Where(f => f.Value >= 0).ToDictionary(StringComparer.Ordinal));
    }

    /// <summary>The engine's count of the titles matching parameter <paramref name="parameter"/>; -1 when its query has no words left.</summary>
    protected virtual string TitleCountSql(string parameter) => throw new NotSupportedException();

    /// <summary>What the parameter of <see cref="TitleCountSql"/> holds for <paramref name="word"/>.</summary>
    protected virtual string TitleCountParameter(string word) => word;

    /// <summary>Runs an engine's own query; {0}, {1}… in <paramref name="sql"/> are parameters.</summary>
    protected IQueryable<SearchMatch> Run(string sql, params object[] parameters) => db.Database.SqlQueryRaw<SearchMatch>(sql, parameters);

    private sealed class WordCount
    {
        public int Word { get; init; }
        public long Count { get; init; }
    }
}

/// <summary>
/// SQLite FTS5. Every word is a quoted string (FTS5 "strings" cannot contain operators or column filters), so
/// the expression is always valid. The table is made by <see cref="Persistence.Sql.SearchSql.RecreateSqlite"/>. Relevance is bm25 with the title weighing ten times the text.
/// The full-text table is read first (CROSS JOIN keeps that order), then each match's document by its key.
/// </summary>
public sealed class SqliteSearchIndex(ForumDbContext db, SearchCounts counts) : SearchIndex(db, counts)
{
    /// <summary>FTS5 stems the word itself, as it does in <see cref="MatchTitles"/>.</summary>
    protected override string TitleCountSql(string parameter) =>
        $"""SELECT count(*) FROM "SearchDocumentsFts" WHERE "SearchDocumentsFts" MATCH {parameter}""";

    protected override string TitleCountParameter(string word) => "{Title} : " + Quote(new SearchTerm([word]));

    /// <summary>
    /// What each search document indexes, by its key (SQLite's model alone has it). FTS5 gives a match's key; the
    /// document's own row holds its text first, so reading its question from there cost a page read per match, which a
    /// common word's thousands of matches paid in a filtered search. SQLite looks a key up in the table itself unless
    /// told otherwise: "INDEXED BY" (<see cref="QuestionDocuments"/>) makes it read this index, and fail if it could not.
    /// </summary>
    public const string DocumentTargetsIndex = "IX_SearchDocuments_Targets";

    /// <summary>The question documents, as joined to the full-text matches by their key: read from <see cref="DocumentTargetsIndex"/>.</summary>
    private const string QuestionDocuments = $"""
        "SearchDocuments" AS d INDEXED BY "{DocumentTargetsIndex}"
        """;

    /// <summary>The documents <paramref name="column"/>'s matches are joined to: the FAQ's few are read whole.</summary>
    private static string DocumentsOfKind(string column) => column == QuestionColumn ? QuestionDocuments : """ "SearchDocuments" AS d """;

    // Not ordered: the caller orders. Ordered here, the subquery ranked and sorted every match of a common word before
    // a search's filter left a few of them (a tag-filtered search: 65-70 ms of CPU against 27-28 ms at 100,000 questions).
    protected override string Sql(string column) => $$"""
        SELECT d."{{column}}" AS "Id", -bm25("SearchDocumentsFts", 10.0, 1.0) AS "Rank", d."Language", "SearchDocumentsFts".rowid AS "Newness"
        FROM "SearchDocumentsFts" CROSS JOIN {{DocumentsOfKind(column)}} ON d."Id" = "SearchDocumentsFts".rowid
        WHERE "SearchDocumentsFts" MATCH {0} AND {{OfKind(column)}}
        """;

    /// <summary>
    /// Whether a match is a document of <paramref name="column"/>'s kind. The FAQ's documents are a few hundred among
    /// every question's, so their keys are read from their index first and a match is kept by its key alone: a common
    /// word matches thousands of question documents, and reading their rows (the target columns lie past the text)
    /// made up most of a search's time. The "+" keeps FTS5 from seeking each of those keys in its own index instead.
    /// </summary>
    private static string OfKind(string column) => column == FaqArticleColumn
        ? $"""+"SearchDocumentsFts".rowid IN (SELECT "Id" FROM "SearchDocuments" WHERE "{FaqArticleColumn}" IS NOT NULL)"""
        : $"""d."{column}" IS NOT NULL""";

    protected override string EngineQuery(SearchTerms terms) => Expression(terms);

    public override IQueryable<SearchMatch> MatchTitles(SearchTerms terms, int candidates) =>
        Run($$"""
            SELECT d."{{QuestionColumn}}" AS "Id", m."Rank", d."Language", m."DocumentId" AS "Newness"
            FROM (SELECT rowid AS "DocumentId", -bm25("SearchDocumentsFts", 1.0, 0.0) AS "Rank"
                  FROM "SearchDocumentsFts" WHERE "SearchDocumentsFts" MATCH {0}
                  ORDER BY rowid DESC LIMIT {1}) AS m
            JOIN {{QuestionDocuments}} ON d."Id" = m."DocumentId"
            WHERE d."{{QuestionColumn}}" IS NOT NULL
            """, "{Title} : " + Expression(terms), candidates);

    /// <summary>FTS5 walks its matches newest first (by rowid, the document's key) and stops at the limit.</summary>
    public override IQueryable<SearchMatch> MatchNewestQuestions(SearchTerms terms, int candidates) =>
        Run($$"""
            SELECT d."{{QuestionColumn}}" AS "Id", -bm25("SearchDocumentsFts", 10.0, 1.0) AS "Rank", d."Language", "SearchDocumentsFts".rowid AS "Newness"
            FROM "SearchDocumentsFts" CROSS JOIN {{QuestionDocuments}} ON d."Id" = "SearchDocumentsFts".rowid
            WHERE "SearchDocumentsFts" MATCH {0} AND d."{{QuestionColumn}}" IS NOT NULL
            ORDER BY "SearchDocumentsFts".rowid DESC LIMIT {1}
            """, Expression(terms), candidates);

    public static string Expression(SearchTerms terms)
    {
        var alternatives = terms.Alternatives.Select(group => "(" + string.Join(" ", group.Select(Quote)) + ")");
        return "(" + string.Join(" OR ", alternatives) + ")" + string.Concat(terms.Excluded.Select(t => " NOT " + Quote(t)));
    }

    private static string Quote(SearchTerm term) => "\"" + string.Join(' ', term.Words).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

/// <summary>
/// PostgreSQL: websearch_to_tsquery over a query the forum writes itself from the parsed terms (quoted words
/// and phrases, "-" for exclusions, "or" between alternatives), matched against the GIN-indexed tsvector. Each
/// document is stemmed in its own language (see <see cref="Persistence.Sql.SearchSql.CreatePostgresByLanguage"/>),
/// so the query is parsed in both configurations and each document is matched with the one of its language. Each
/// side of that OR is an index condition of its own: the GIN index serves both (a BitmapOr), the language is
/// checked on the rows it finds.
/// </summary>
public sealed class PostgresSearchIndex(ForumDbContext db, SearchCounts counts) : SearchIndex(db, counts)
{
    private const string Indonesian = Languages.Indonesian;

    /// <summary>The titles' own vector (<see cref="Persistence.Sql.SearchSql.CreatePostgresTitleVector"/>).</summary>
    private const string TitleVector = "TitleVector";

    /// <summary>The configuration Indonesian documents are stemmed with: the same choice as the migration made.</summary>
    private const string IndonesianConfig = $"({Persistence.Sql.SearchSql.PostgresIndonesianConfig})";

    /// <summary>The query, parameter {0} in websearch syntax, parsed as English (qe) and as Indonesian (qi).</summary>
    private const string WebsearchQueries = $"websearch_to_tsquery('english'::regconfig, {{0}}) AS qe, websearch_to_tsquery({IndonesianConfig}, {{0}}) AS qi";

    /// <summary>
    /// A document's <paramref name="vector"/> ("SearchVector", or "TitleVector" for its title alone) matches
    /// <paramref name="english"/> or <paramref name="indonesian"/>, the query parsed in its own language.
    /// </summary>
    private static string Matches(string english, string indonesian, string vector = "SearchVector") =>
        $"""((d."Language" = '{Indonesian}' AND d."{vector}" @@ {indonesian}) OR (d."Language" <> '{Indonesian}' AND d."{vector}" @@ {english}))""";

    /// <summary>The relevance of the document <paramref name="alias"/> to the query parsed in its language.</summary>
    private static string Rank(string alias) =>
        $"""ts_rank({alias}."SearchVector", CASE WHEN {alias}."Language" = '{Indonesian}' THEN qi ELSE qe END, 1)::float8""";

    /// <summary>
    /// Through the titles' GIN index; a word that is an English stop word counts as not indexed (-1), as English titles
    /// (most of them) never hold it. Words hold only letters and digits, so the word is its own query.
    /// </summary>
    protected override string TitleCountSql(string parameter) => $"""
        SELECT CASE WHEN numnode(qe) = 0 THEN -1 ELSE (SELECT count(*) FROM "SearchDocuments" AS d WHERE {Matches("qe", "qi", TitleVector)}) END
        FROM to_tsquery('english'::regconfig, {parameter}) AS qe, to_tsquery({IndonesianConfig}, {parameter}) AS qi
        """;

    // Not ordered: the caller orders, and a subquery ordered here would make PostgreSQL rank every match even to count them.
    protected override string Sql(string column) => $$"""
        SELECT d."{{column}}" AS "Id", {{Rank("d")}} AS "Rank", d."Language", d."{{column}}" AS "Newness"
        FROM "SearchDocuments" AS d, {{WebsearchQueries}}
        WHERE {{Matches("qe", "qi")}} AND d."{{column}}" IS NOT NULL
        """;

    protected override string EngineQuery(SearchTerms terms) => Query(terms);

    /// <summary>
    /// The newest <paramref name="candidates"/> matching titles. PostgreSQL's estimate of a rare word's matches is far
    /// too high (a word missing from its statistics counts as nearly as common as the least common word in them), so
    /// for the newest ones it would walk the documents newest first and read the whole table to find a hundred titles.
    /// When the words were counted and match few titles (<see cref="FewTitles"/>), every match is read through the GIN
    /// index instead (OFFSET 0 keeps the ordering out of that subquery's plan); otherwise the walk stops early.
    /// </summary>
    public override IQueryable<SearchMatch> MatchTitles(SearchTerms terms, int candidates)
    {
        var matching = $$"""
            SELECT d."Id", d."{{QuestionColumn}}", d."Language", d."SearchVector"
            FROM "SearchDocuments" AS d, to_tsquery('english'::regconfig, {0}) AS qe, to_tsquery({{IndonesianConfig}}, {0}) AS qi
            WHERE {{Matches("qe", "qi", TitleVector)}} AND d."{{QuestionColumn}}" IS NOT NULL
            """;
        var newest = terms.TitlesAtMost <= FewTitles(candidates)
            ? $$"""SELECT m.* FROM ({{matching}} OFFSET 0) AS m ORDER BY m."Id" DESC LIMIT {1}"""
            : $$"""{{matching}} ORDER BY d."Id" DESC LIMIT {1}""";
        return Run($$"""
            SELECT c."{{QuestionColumn}}" AS "Id", {{Rank("c")}} AS "Rank", c."Language", c."{{QuestionColumn}}" AS "Newness"
            FROM ({{newest}}) AS c,
                 to_tsquery('english'::regconfig, {0}) AS qe, to_tsquery({{IndonesianConfig}}, {0}) AS qi
            """, TitleQuery(terms), candidates);
    }

    /// <summary>
    /// Up to how many matching titles are read whole rather than found by walking the documents newest first: reading
    /// them costs a row each, the walk about as many rows as there are documents for each match kept in a dense
    /// run. Twenty times the candidates keeps the read under ten thousand rows at the default.
    /// </summary>
    public static long FewTitles(int candidates) => 20L * candidates;

    /// <summary>
    /// The newest <paramref name="candidates"/> matches. Walking the documents newest first costs a document read for
    /// each one walked, and wins when the words are common together; finding every match through the GIN index costs a
    /// row for each match, and wins when they are rare. PostgreSQL guesses how often two words meet from how often each
    /// does, which is often far off, so the choice is bounded instead: the newest <see cref="NewestWindow"/> ids first
    /// (walked, or the GIN index intersected with their range, as PostgreSQL estimates), and the older documents through
    /// the GIN index alone ("Id" + 0 keeps both the walk and the range out of it) only when the window holds fewer
    /// matches than are wanted. The outer LIMIT stops reading the UNION ALL once the window's branch has filled it, so the
    /// older branch then never runs; its rows come after the window's, which are all newer (PostgreSQL reads a UNION ALL's
    /// branches in order when, as here, a LIMIT in each keeps the plan from running them in parallel). The older branch
    /// matches each language's documents with its own query: for plain words the GIN index's answer is then final, where
    /// the OR of <see cref="Matches"/> tests every match's vector again.
    /// </summary>
    public override IQueryable<SearchMatch> MatchNewestQuestions(SearchTerms terms, int candidates)
    {
        const string columns = $"""d."Id", d."{QuestionColumn}", d."Language", d."SearchVector" """;
        const string windowStart = """(SELECT max("Id") FROM "SearchDocuments") - {2}""";
        var window = $$"""
            SELECT {{columns}} FROM "SearchDocuments" AS d, {{WebsearchQueries}}
            WHERE {{Matches("qe", "qi")}} AND d."{{QuestionColumn}}" IS NOT NULL AND d."Id" > {{windowStart}}
            ORDER BY d."Id" DESC LIMIT {1}
            """;
        static string Older(string languageIs, string query) => $$"""
            SELECT {{columns}} FROM "SearchDocuments" AS d, {{WebsearchQueries}}
            WHERE d."Language" {{languageIs}} '{{Indonesian}}' AND d."SearchVector" @@ {{query}} AND d."{{QuestionColumn}}" IS NOT NULL
              AND d."Id" + 0 <= {{windowStart}}
            """;
        return Run($$"""
            SELECT c."{{QuestionColumn}}" AS "Id", {{Rank("c")}} AS "Rank", c."Language", c."{{QuestionColumn}}" AS "Newness"
            FROM (({{window}})
                  UNION ALL
                  (SELECT o.* FROM ({{Older("=", "qi")}} UNION ALL {{Older("<>", "qe")}}) AS o ORDER BY o."Id" + 0 DESC LIMIT {1})
                  LIMIT {1}) AS c,
                 {{WebsearchQueries}}
            """, Query(terms), candidates, NewestWindow(candidates));
    }

    /// <summary>
    /// How many of the newest ids a search reads before it looks among the older documents: twenty times the candidates.
    /// Measured at a million questions (docs/benchmarks.md), a smaller window sent words that are common together to the
    /// GIN index, a larger one walked too far for rare ones.
    /// </summary>
    public static long NewestWindow(int candidates) => 20L * candidates;

    /// <summary>
    /// to_tsquery syntax, for the titles' own vector (<see cref="TitleVector"/>). Safe to build by hand: terms hold only
    /// letters and digits.
    /// </summary>
    public static string TitleQuery(SearchTerms terms) =>
        string.Join(" | ", terms.Alternatives.Select(group => "(" + string.Join(" & ", group.Select(t => "(" + string.Join(" <-> ", t.Words) + ")")) + ")"));

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
public sealed class SqlServerSearchIndex(ForumDbContext db, SearchCounts counts) : SearchIndex(db, counts)
{
    /// <summary>Not counted on SQL Server: similar questions choose the longest words instead.</summary>
    public override Task<TitleStatistics?> CountTitlesAsync(IReadOnlyCollection<string> words, CancellationToken ct) =>
        Task.FromResult<TitleStatistics?>(null);

    protected override string Sql(string column) => $$"""
        SELECT d.[{{column}}] AS [Id], CAST(ct.[RANK] AS float) AS [Rank], d.[Language], d.[{{column}}] AS [Newness]
        FROM CONTAINSTABLE([SearchDocuments], ([Title], [Body]), {0}) AS ct
        JOIN [SearchDocuments] AS d ON d.[Id] = ct.[KEY]
        WHERE d.[{{column}}] IS NOT NULL
        """;

    protected override string EngineQuery(SearchTerms terms) => Condition(terms);

    public override IQueryable<SearchMatch> MatchTitles(SearchTerms terms, int candidates) =>
        Run($$"""
            SELECT d.[{{QuestionColumn}}] AS [Id], CAST(ct.[RANK] AS float) AS [Rank], d.[Language], d.[{{QuestionColumn}}] AS [Newness]
            FROM CONTAINSTABLE([SearchDocuments], [Title], {0}, {1}) AS ct
            JOIN [SearchDocuments] AS d ON d.[Id] = ct.[KEY]
            WHERE d.[{{QuestionColumn}}] IS NOT NULL
            """, Condition(terms), candidates);

    public override IQueryable<SearchMatch> MatchNewestQuestions(SearchTerms terms, int candidates) =>
        Run($$"""
            SELECT TOP ({1}) d.[{{QuestionColumn}}] AS [Id], CAST(ct.[RANK] AS float) AS [Rank], d.[Language], d.[{{QuestionColumn}}] AS [Newness]
            FROM CONTAINSTABLE([SearchDocuments], ([Title], [Body]), {0}) AS ct
            JOIN [SearchDocuments] AS d ON d.[Id] = ct.[KEY]
            WHERE d.[{{QuestionColumn}}] IS NOT NULL
            ORDER BY d.[Id] DESC
            """, Condition(terms), candidates);

    public static string Condition(SearchTerms terms)
    {
        var alternatives = terms.Alternatives.Select(group => "(" + string.Join(" AND ", group.Select(Quote)) + ")");
        return "(" + string.Join(" OR ", alternatives) + ")" + string.Concat(terms.Excluded.Select(t => " AND NOT " + Quote(t)));
    }

    private static string Quote(SearchTerm term) => "\"" + string.Join(' ', term.Words).Replace("\"", " ", StringComparison.Ordinal) + "\"";
}
