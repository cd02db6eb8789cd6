using Forum.Domain.Common;
using Forum.Domain.Features.Search;
using Forum.Domain.Entities;
using Forum.Infrastructure.Identity;
using Forum.Infrastructure.Persistence;
using Forum.Infrastructure.Search;
using Forum.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Forum.Infrastructure.Tests.Search;

/// <summary>
/// The PostgreSQL engine's own query plans give the same answers as the plain queries would. Similar questions read
/// titles only, through the titles' own vector: a word in a question's text alone neither counts towards the word's
/// share of titles nor makes the question a match. A search's newest matches are the same whether the newest ids hold
/// them all or the older documents are searched too.
/// </summary>
public sealed class PostgresSearchIndexTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);
    private readonly string _connectionString = TestDatabases.UniquePostgresDatabase("forum_search");
    private int _printerInTitle;

    public async Task InitializeAsync()
    {
        await using var db = TestDatabases.Postgres(_connectionString);
        await db.Database.MigrateAsync();
        var user = new ForumUser { UserName = "ana@forum.test", Email = "ana@forum.test", DisplayName = "Ana" };
        var member = new Member(user.Id, "Ana", Now);
        var category = new Category("Printing", "printing", "Printers.", 0);
        db.Users.Add(user);
        db.Members.Add(member);
        db.Categories.Add(category);
        var inTitle = new Question(member, category, "Printers go offline after the update", "printers-offline", "Nothing prints.", "<p>Nothing prints.</p>", [], Now);
        var inText = new Question(member, category, "Screen flickers at night", "screen-flickers", "The printer is fine.", "<p>The printer is fine.</p>", [], Now);
        db.Questions.AddRange(inTitle, inText);
        await db.SaveChangesAsync();
        _printerInTitle = inTitle.Id;
        db.SearchDocuments.AddRange(
            SearchDocument.ForQuestion(inTitle.Id, inTitle.Language, inTitle.Title, inTitle.BodyMarkdown),
            SearchDocument.ForQuestion(inText.Id, inText.Language, inText.Title, inText.BodyMarkdown));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync()
    {
        await using var db = TestDatabases.Postgres(_connectionString);
        await db.Database.EnsureDeletedAsync();
    }

    [Fact]
    public async Task A_word_in_a_text_alone_is_neither_counted_nor_matched_as_a_title_word()
    {
        await using var db = TestDatabases.Postgres(_connectionString);
        var index = new PostgresSearchIndex(db, new SearchCounts());

        var statistics = await index.CountTitlesAsync(["printer", "the"], CancellationToken.None);
        var matches = await index.MatchTitles(SearchTerms.AnyOf("printer"), 500).Select(m => m.Id).ToListAsync();

        Assert.Equal(1, statistics!.Titles["printer"]);
        Assert.False(statistics.Titles.ContainsKey("the"));
        Assert.Equal([_printerInTitle], matches);
    }

    [Fact]
    public async Task The_newest_matching_titles_are_the_same_whether_few_titles_are_read_whole_or_many_walked_newest_first()
    {
        await using var db = TestDatabases.Postgres(_connectionString);
        var printers = await AskAsync(db, 6, "Printer queue stuck");
        var index = new PostgresSearchIndex(db, new SearchCounts());
        var terms = SearchTerms.AnyOf("printer");

        var walked = await index.MatchTitles(terms.InTitlesAtMost(PostgresSearchIndex.FewTitles(3) + 1), 3).Select(m => m.Id).ToListAsync();
        var readWhole = await index.MatchTitles(terms.InTitlesAtMost(7), 3).Select(m => m.Id).ToListAsync();

        Assert.Equal(printers.TakeLast(3).Select(q => q.Id).Order(), walked.Order());
        Assert.Equal(walked.Order(), readWhole.Order());
    }

    /// <summary>
    /// The newest old match is an Indonesian question at the window's very edge (the newest id less the window): it is
    /// the older branch's, found by the query parsed in Indonesian ("printers queued" stems apart from English).
    /// </summary>
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public async Task A_search_takes_the_newest_matches_whether_the_newest_ids_hold_enough_of_them_or_older_ones_are_searched_too(int inWindow)
    {
        const int candidates = 2;
        await using var db = TestDatabases.Postgres(_connectionString);
        var old = (await AskAsync(db, 2, "Printer jobs queued and stuck")).Concat(await AskAsync(db, 1, "Printers queued macet", Languages.Indonesian));
        await AskAsync(db, (int)PostgresSearchIndex.NewestWindow(candidates) - inWindow, "Screen flickers at night");
        var recent = await AskAsync(db, inWindow, "Printer jobs queued again");
        var index = new PostgresSearchIndex(db, new SearchCounts());
        var terms = SearchTerms.Parse("printers queued");

        var newest = await index.MatchNewestQuestions(terms, candidates).Select(m => m.Id).ToListAsync();

        var expected = old.Concat(recent).Select(q => q.Id).Order().TakeLast(candidates);
        Assert.Equal(expected, newest.Order());
    }

    private static async Task<List<Question>> AskAsync(ForumDbContext db, int count, string title, string language = Languages.English)
    {
        var member = await db.Members.SingleAsync();
        var category = await db.Categories.SingleAsync();
        var questions = Enumerable.Range(1, count)
            .Select(i => new Question(member, category, $"{title}, case {i}", $"case-{Guid.NewGuid():N}", "Jobs wait.", "<p>Jobs wait.</p>", [], Now)).ToList();
        db.Questions.AddRange(questions);
        await db.SaveChangesAsync();
        db.SearchDocuments.AddRange(questions.Select(q => SearchDocument.ForQuestion(q.Id, language, q.Title, q.BodyMarkdown)));
        await db.SaveChangesAsync();
        return questions;
    }
}
