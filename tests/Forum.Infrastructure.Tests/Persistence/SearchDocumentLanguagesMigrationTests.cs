using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Infrastructure.Identity;
using Forum.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Forum.Infrastructure.Tests.Persistence;

/// <summary>
/// The migration that gives search documents a language, applied to a database that already holds documents: each
/// question's document takes its question's language, the others English.
/// </summary>
public abstract class SearchDocumentLanguagesMigrationTests : MigrationReplayTests
{
    protected override string Migration => "SearchDocumentLanguages";

    protected int IndonesianQuestion { get; private set; }
    protected int EnglishQuestion { get; private set; }

    protected override async Task WriteRowsAsync(ForumDbContext db)
    {
        var user = new ForumUser { UserName = "sari@forum.test", Email = "sari@forum.test", DisplayName = "Sari" };
        var member = new Member(user.Id, "Sari", Now);
        var category = new Category("Payments", "payments", "Paying for the app.", 0);
        db.Users.Add(user);
        db.Members.Add(member);
        db.Categories.Add(category);
        var indonesian = new Question(member, category, "Pembayaran gagal di aplikasi", "pembayaran-gagal", "Saya tidak bisa membayar.", "<p>Saya tidak bisa membayar.</p>", [], Now, Languages.Indonesian);
        var english = new Question(member, category, "Payment failed in the app", "payment-failed", "I cannot pay.", "<p>I cannot pay.</p>", [], Now, Languages.English);
        db.Questions.AddRange(indonesian, english);
        await db.SaveChangesAsync();
        IndonesianQuestion = indonesian.Id;
        EnglishQuestion = english.Id;
        db.SearchDocuments.AddRange(
            SearchDocument.ForQuestion(indonesian.Id, Languages.Indonesian, indonesian.Title, "Saya tidak bisa membayar."),
            SearchDocument.ForQuestion(english.Id, Languages.English, english.Title, "I cannot pay."));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Each_question_document_takes_its_question_language()
    {
        await using var db = CreateContext();
        var languages = await db.SearchDocuments.ToDictionaryAsync(d => d.QuestionId!.Value, d => d.Language);

        Assert.Equal(Languages.Indonesian, languages[IndonesianQuestion]);
        Assert.Equal(Languages.English, languages[EnglishQuestion]);
    }
}

public sealed class SqliteSearchDocumentLanguagesMigrationTests : SearchDocumentLanguagesMigrationTests
{
    private readonly string _connectionString =
        $"Data Source={Path.Combine(Path.GetTempPath(), $"forum-languages-{Guid.NewGuid():N}.db")};Pooling=False";

    protected override ForumDbContext CreateContext() => TestDatabases.Sqlite(_connectionString);
}

public sealed class PostgresSearchDocumentLanguagesMigrationTests : SearchDocumentLanguagesMigrationTests
{
    private readonly string _connectionString = TestDatabases.UniquePostgresDatabase("forum_languages");

    protected override ForumDbContext CreateContext() => TestDatabases.Postgres(_connectionString);

    [Fact]
    public async Task Documents_already_written_are_stemmed_in_their_language()
    {
        await using var db = CreateContext();
        // Indonesian stems "membayar" and "pembayaran" to "bayar"; English leaves them whole and stems "pay".
        var byIndonesianStem = await db.Database.SqlQueryRaw<int>(
            """SELECT "QuestionId" AS "Value" FROM "SearchDocuments" WHERE "SearchVector" @@ to_tsquery('indonesian', 'bayar')""").ToListAsync();
        var byEnglishStem = await db.Database.SqlQueryRaw<int>(
            """SELECT "QuestionId" AS "Value" FROM "SearchDocuments" WHERE "SearchVector" @@ to_tsquery('english', 'paying')""").ToListAsync();

        Assert.Equal([IndonesianQuestion], byIndonesianStem);
        Assert.Equal([EnglishQuestion], byEnglishStem);
    }
}
