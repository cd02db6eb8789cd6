using Forum.Domain.Features.Search;
using Forum.Domain.Entities;
using Forum.Infrastructure.Identity;
using Forum.Infrastructure.Persistence;
using Forum.Infrastructure.Search;
using Forum.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Forum.Infrastructure.Tests.Search;

/// <summary>
/// Similar questions read titles only, through the titles' own vector on PostgreSQL: a word in a question's text alone
/// neither counts towards the word's share of titles nor makes the question a match.
/// </summary>
public sealed class PostgresTitleSearchTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.Zero);
    private readonly string _connectionString = TestDatabases.UniquePostgresDatabase("forum_titles");
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
        var member = await db.Members.SingleAsync();
        var category = await db.Categories.SingleAsync();
        var printers = Enumerable.Range(1, 6)
            .Select(i => new Question(member, category, $"Printer queue stuck, case {i}", $"printer-queue-{i}", "Jobs wait.", "<p>Jobs wait.</p>", [], Now)).ToList();
        db.Questions.AddRange(printers);
        await db.SaveChangesAsync();
        db.SearchDocuments.AddRange(printers.Select(q => SearchDocument.ForQuestion(q.Id, q.Language, q.Title, q.BodyMarkdown)));
        await db.SaveChangesAsync();
        var index = new PostgresSearchIndex(db, new SearchCounts());
        var terms = SearchTerms.AnyOf("printer");

        var walked = await index.MatchTitles(terms.InTitlesAtMost(PostgresSearchIndex.FewTitles(3) + 1), 3).Select(m => m.Id).ToListAsync();
        var readWhole = await index.MatchTitles(terms.InTitlesAtMost(7), 3).Select(m => m.Id).ToListAsync();

        Assert.Equal(printers.TakeLast(3).Select(q => q.Id).Order(), walked.Order());
        Assert.Equal(walked.Order(), readWhole.Order());
    }
}
