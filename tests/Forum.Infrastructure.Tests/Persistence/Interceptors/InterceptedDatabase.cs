using Forum.Domain.Entities;
using Forum.Infrastructure.Identity;
using Forum.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Forum.Infrastructure.Tests.Persistence.Interceptors;

/// <summary>A migrated SQLite database of its own, opened with only the interceptors a test names.</summary>
public sealed class InterceptedDatabase : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"forum-interceptors-{Guid.NewGuid():N}.db");

    private string ConnectionString => $"Data Source={_file};Pooling=False";

    public static readonly DateTimeOffset Now = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public SqliteForumDbContext Open(params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<SqliteForumDbContext>().UseSqlite(ConnectionString).AddInterceptors(interceptors).Options);

    public async Task InitializeAsync()
    {
        await using var db = Open();
        await db.Database.MigrateAsync();
        db.Categories.Add(new Category("Desktop app", "desktop-app", "The desktop app.", 0));
        await db.SaveChangesAsync();
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
        return Task.CompletedTask;
    }

    /// <summary>An account and its member, written without any interceptor.</summary>
    public async Task<string> AddMemberAsync(string name)
    {
        await using var db = Open();
        var user = new ForumUser { UserName = $"{Guid.NewGuid():N}@forum.test", Email = $"{Guid.NewGuid():N}@forum.test", DisplayName = name };
        db.Users.Add(user);
        db.Members.Add(new Member(user.Id, name, Now));
        await db.SaveChangesAsync();
        return user.Id;
    }

    /// <summary>A new question by <paramref name="authorId"/>, tracked by <paramref name="db"/> and not saved yet.</summary>
    public static async Task<Question> NewQuestionAsync(ForumDbContext db, string authorId, string title)
    {
        var author = await db.Members.SingleAsync(m => m.Id == authorId);
        var category = await db.Categories.FirstAsync();
        var question = new Question(author, category, title, "a-slug", "Body of " + title, "<p>Body of " + title + "</p>", [], Now);
        db.Questions.Add(question);
        return question;
    }
}
