using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Infrastructure.Identity;
using Forum.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Forum.Infrastructure.Tests.Persistence;

/// <summary>
/// The migration that gives search documents a language, applied to a database that already holds documents: each
/// question's document takes its question's language, the others English. The documents are written on the current
/// schema, which is then migrated back to the one before and forward again.
/// </summary>
public abstract class SearchDocumentLanguagesMigrationTests : IAsyncLifetime
{
    protected static readonly DateTimeOffset Now = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    protected abstract ForumDbContext CreateContext();

    protected int IndonesianQuestion { get; private set; }
    protected int EnglishQuestion { get; private set; }

    public async Task InitializeAsync()
    {
        await using var db = CreateContext();
        await db.Database.MigrateAsync();
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

        var migrations = db.Database.GetMigrations().ToList();
        var before = migrations[migrations.FindIndex(m => m.EndsWith("_SearchDocumentLanguages", StringComparison.Ordinal)) - 1];
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(before);
        await migrator.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        await using var db = CreateContext();
        await db.Database.EnsureDeletedAsync();
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
