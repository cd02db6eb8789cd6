using System.Diagnostics;
using Forum.Domain.Common;
using Forum.Domain;
using Forum.Domain.Entities;
using Forum.Domain.Features.Recognition;
using Forum.Infrastructure;
using Forum.Infrastructure.Identity;
using Forum.Infrastructure.Markdown;
using Forum.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Fills a benchmark database with a fixed random seed, fast: batched inserts through the forum's own
// DbContext and entities, pre-rendered bodies, and set-based updates for scores and acceptances.
//   Forum.Bench.Seeder --provider Sqlite|Postgres --connection "..." [--questions 100000] [--members N] [--seed 42]
var options = Options.Parse(args);
var clock = Stopwatch.StartNew();
var random = new Random(options.Seed);
var renderer = new MarkdownRenderer();
var now = DateTimeOffset.UtcNow;
// All questions fall within the last 150 days, so none is due for archiving (after 180 days without activity)
// when the forum starts: the benchmark measures a settled forum, not its archive job catching up.
var minutesBetweenQuestions = TimeSpan.FromDays(150).TotalMinutes / options.Questions;

await using (var db = options.CreateContext())
{
    await db.Database.EnsureDeletedAsync();
    await db.Database.MigrateAsync();
}
Log($"migrated a fresh {options.Provider} database");

var bodies = Enumerable.Range(0, 120).Select(i => Words.Paragraphs(random, 2 + i % 4)).Select(md => (md, html: renderer.ToSafeHtml(md))).ToArray();
var memberIds = new List<string>(options.Members);
var passwordHash = new PasswordHasher<ForumUser>().HashPassword(new ForumUser(), "Passw0rd!");
await InBatchesAsync(options.Members, 5_000, async (db, start, count) =>
{
    for (var i = start; i < start + count; i++)
    {
        var email = $"member{i}@bench.local";
        var user = new ForumUser
        {
            UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true, PasswordHash = passwordHash, SecurityStamp = Guid.NewGuid().ToString("N"), DisplayName = Words.Name(random),
        };
        db.Users.Add(user);
        memberIds.Add(user.Id);
    }
    await Task.CompletedTask;
});
Log($"{options.Members:N0} members");

int[] categoryIds;
int[] tagIds;
await using (var db = options.CreateContext())
{
    db.Categories.AddRange(Words.Categories.Select((c, i) => new Category(c, Text.Slugify(c), $"Questions about {c.ToLowerInvariant()}.", i)));
    db.Tags.AddRange(Words.Tags.Select(t => new Tag(t)));
    await db.SaveChangesAsync();
    categoryIds = await db.Categories.Select(c => c.Id).ToArrayAsync();
    tagIds = await db.Tags.Select(t => t.Id).ToArrayAsync();
}

var answersWritten = 0;
await InBatchesAsync(options.Questions, 2_000, async (db, start, count) =>
{
    var categories = await db.Categories.ToDictionaryAsync(c => c.Id);
    var tags = await db.Tags.ToDictionaryAsync(t => t.Id);
    var members = new Dictionary<string, Member>();
    Member MemberAt(int index)
    {
        var id = memberIds[index];
        if (!members.TryGetValue(id, out var member))
        {
            member = new Member(id, "", now);
            db.Members.Attach(member);
            members[id] = member;
        }
        return member;
    }
    for (var i = start; i < start + count; i++)
    {
        var asked = now - TimeSpan.FromMinutes((options.Questions - i) * minutesBetweenQuestions + random.Next(5));
        var title = Words.Title(random);
        var body = bodies[random.Next(bodies.Length)];
        var questionTags = Enumerable.Range(0, random.Next(1, 4)).Select(_ => tags[tagIds[random.Next(tagIds.Length)]]).Distinct();
        var question = new Question(MemberAt(random.Next(memberIds.Count)), categories[categoryIds[random.Next(categoryIds.Length)]],
            title, Text.Slugify(title), body.md, body.html, questionTags, asked);
        var answerCount = random.Next(0, 9); // 4 on average
        for (var a = 0; a < answerCount; a++)
        {
            var answer = bodies[random.Next(bodies.Length)];
            question.AddAnswer(MemberAt(random.Next(memberIds.Count)), answer.md, answer.html, asked + TimeSpan.FromMinutes(3 + a * 11 + random.Next(30)));
        }
        answersWritten += answerCount;
        db.Questions.Add(question);
    }
});
Log($"{options.Questions:N0} questions, {answersWritten:N0} answers");

await using (var db = options.CreateContext())
{
    var maxAnswer = await db.Answers.MaxAsync(a => (int?)a.Id) ?? 0;
    var votes = options.Questions * 3;
    var seen = new HashSet<(int, int, int)>();
    for (var done = 0; done < votes;)
    {
        db.ChangeTracker.Clear();
        for (var i = 0; i < 10_000 && done < votes; i++, done++)
        {
            var voter = random.Next(memberIds.Count);
            var type = random.Next(3) == 0 ? PostType.Question : PostType.Answer;
            var postId = type == PostType.Question ? random.Next(1, options.Questions + 1) : random.Next(1, maxAnswer + 1);
            if (seen.Add((voter, (int)type, postId)))
                db.Votes.Add(new Vote(memberIds[voter], type, postId, random.Next(6) == 0 ? -1 : 1, now));
        }
        await db.SaveChangesAsync();
    }
    await db.Questions.ExecuteUpdateAsync(s => s.SetProperty(q => q.Score,
        q => db.Votes.Where(v => v.PostType == PostType.Question && v.PostId == q.Id).Sum(v => v.Value)));
    await db.Answers.ExecuteUpdateAsync(s => s.SetProperty(a => a.Score,
        a => db.Votes.Where(v => v.PostType == PostType.Answer && v.PostId == a.Id).Sum(v => v.Value)));
    await db.Questions.Where(q => q.Id % 3 == 0 && q.AnswerCount > 0).ExecuteUpdateAsync(s => s
        .SetProperty(q => q.AcceptedAnswerId, q => db.Answers.Where(a => a.QuestionId == q.Id).Min(a => (int?)a.Id))
        .SetProperty(q => q.Status, QuestionStatus.Solved));
    await db.Members.ExecuteUpdateAsync(s => s.SetProperty(m => m.Reputation,
        m => 1 + 10 * db.Answers.Where(a => a.AuthorId == m.Id && a.Score > 0).Sum(a => a.Score)));
    // member0 is the benchmark's signed-in member: enough reputation to vote both ways.
    await db.Members.Where(m => m.Id == memberIds[0]).ExecuteUpdateAsync(s => s.SetProperty(m => m.Reputation, 10_000));
    Log($"{seen.Count:N0} votes, scores, acceptances and reputation");
}
// Badges already earned are awarded through the forum's own use case, and their emails count as sent long ago,
// so the forum's badge job starts from a settled database too.
await using (var services = options.CreateServices())
{
    int awarded;
    do
    {
        await using var scope = services.CreateAsyncScope();
        awarded = (await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new AwardBadges(Max: 20_000))).Awarded;
    }
    while (awarded > 0);
    await using var cleanup = services.CreateAsyncScope();
    await cleanup.ServiceProvider.GetRequiredService<ForumDbContext>().OutboxMessages.ExecuteDeleteAsync();
}
Log("badges earned so far");
if (options.Provider == DatabaseProvider.Sqlite)
{
    await using var db = options.CreateContext();
    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; ANALYZE;");
}
else
{
    await using var db = options.CreateContext();
    await db.Database.ExecuteSqlRawAsync("ANALYZE;");
}
Log("done");
return 0;

async Task InBatchesAsync(int total, int batchSize, Func<ForumDbContext, int, int, Task> fill)
{
    for (var start = 0; start < total; start += batchSize)
    {
        await using var db = options.CreateContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await fill(db, start, Math.Min(batchSize, total - start));
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
    }
}

void Log(string what) => Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {what}");

internal sealed record Options(DatabaseProvider Provider, string Connection, int Questions, int Members, int Seed)
{
    public static Options Parse(string[] args)
    {
        string Arg(string name, string fallback) => args.SkipWhile(a => a != $"--{name}").Skip(1).FirstOrDefault() ?? fallback;
        var questions = int.Parse(Arg("questions", "100000"), System.Globalization.CultureInfo.InvariantCulture);
        return new Options(
            Enum.Parse<DatabaseProvider>(Arg("provider", "Sqlite"), ignoreCase: true),
            Arg("connection", "Data Source=bench.db"),
            questions,
            int.Parse(Arg("members", Math.Max(50, questions / 5).ToString(System.Globalization.CultureInfo.InvariantCulture)), System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(Arg("seed", "42"), System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The forum's own domain and infrastructure services over the benchmark database.</summary>
    public ServiceProvider CreateServices()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = Provider.ToString(),
            ["ConnectionStrings:Forum"] = Connection,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddForumDomain();
        services.AddInfrastructure(configuration, AppContext.BaseDirectory);
        return services.BuildServiceProvider();
    }

    public ForumDbContext CreateContext() => Provider switch
    {
        DatabaseProvider.Postgres => new PostgresForumDbContext(new DbContextOptionsBuilder<PostgresForumDbContext>().UseNpgsql(Connection).Options),
        _ => new SqliteForumDbContext(new DbContextOptionsBuilder<SqliteForumDbContext>().UseSqlite(Connection).Options),
    };
}
