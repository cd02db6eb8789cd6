using System.Diagnostics;
using Forum.Domain.Common;
using Forum.Domain;
using Forum.Domain.Entities;
using Forum.Domain.Features.Answers;
using Forum.Domain.Features.Faq;
using Forum.Domain.Features.Recognition;
using Forum.Domain.Features.Reputation;
using Forum.Domain.Features.Search;
using Forum.Infrastructure;
using Forum.Infrastructure.Persistence.Sql;
using Forum.Infrastructure.Identity;
using Forum.Infrastructure.Markdown;
using Forum.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// Fills a benchmark database with a fixed random seed, fast: the forum's own entities made in memory with
// pre-rendered bodies, then written in bulk (COPY on PostgreSQL, prepared multi-row inserts on SQLite, shaped by the
// forum's EF model, see BulkWriter), with search documents and the reputation ledger as the forum writes them. On
// PostgreSQL the big tables' secondary indexes and foreign keys are built once after the writes (DeferredIndexes), and
// the search documents (whose full-text column PostgreSQL computes) are written on a second connection beside the answers.
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
// member0 to member31 write in the benchmark's write mix (scripts/bench.sh signs them in); member0 also reads signed in.
const int Writers = 32;
// Accounts and their forum profiles, as the forum makes them (a Member for every new account, see ForumDbContext).
var passwordHash = new PasswordHasher<ForumUser>().HashPassword(new ForumUser(), "Passw0rd!");
var users = new List<ForumUser>(options.Members);
// Display names are unique by how they look (their skeleton), as the forum keeps them: a drawn name already taken
// gets a number, as the forum numbers a taken name at sign-up. Each name's next number is remembered: a few hundred
// names drawn for 200,000 members would otherwise try every number again each time (minutes at a million questions).
var namesTaken = new HashSet<string> { NameSkeleton.Of("Sam Staff") };
var nextNumber = new Dictionary<string, int>();
string UnusedName(string name)
{
    var candidate = name;
    var n = nextNumber.GetValueOrDefault(name, 2);
    while (!namesTaken.Add(NameSkeleton.Of(candidate)))
        candidate = $"{name} ({n++})";
    nextNumber[name] = n;
    return candidate;
}
for (var i = 0; i < options.Members; i++)
{
    var email = $"member{i}@bench.local";
    users.Add(new ForumUser
    {
        UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
        EmailConfirmed = true, PasswordHash = passwordHash, SecurityStamp = Guid.NewGuid().ToString("N"), DisplayName = UnusedName(Words.Name(random)),
    });
}
var memberIds = users.Select(u => u.Id).ToList();
// The staff member who verifies answers and promotes them into the FAQ, with the Staff role as the forum's Identity
// stores roles; not one of the members who ask, answer and vote.
var staff = new ForumUser
{
    UserName = "staff@bench.local", NormalizedUserName = "STAFF@BENCH.LOCAL", Email = "staff@bench.local", NormalizedEmail = "STAFF@BENCH.LOCAL",
    EmailConfirmed = true, PasswordHash = passwordHash, SecurityStamp = Guid.NewGuid().ToString("N"), DisplayName = "Sam Staff",
};
users.Add(staff);
// The accepted answers, in the order of their questions, that staff promote into the FAQ.
var acceptedAnswerIds = new List<int>();

// Everything up to the badges is written in bulk on one connection. On SQLite that connection alone skips the
// journal and the waits for the disk: a seed that fails half way is simply run again. On PostgreSQL the search
// documents go over two connections of their own beside it: PostgreSQL computes each document's vector on the
// connection's one core, and that was the longest part of the seed.
await using (var db = options.CreateContext())
await using (var firstSearchDb = options.CreateContext())
await using (var secondSearchDb = options.CreateContext())
using (var writer = new BulkWriter(db))
using (var firstSearchWriter = new BulkWriter(firstSearchDb))
using (var secondSearchWriter = new BulkWriter(secondSearchDb))
{
    var postgresSearchWriters = options.Provider == DatabaseProvider.Postgres ? new[] { firstSearchWriter, secondSearchWriter } : null;
    await db.Database.OpenConnectionAsync();
    if (options.Provider == DatabaseProvider.Sqlite)
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;");
    DeferredIndexes? deferred = null;
    if (options.Provider == DatabaseProvider.Postgres)
    {
        await firstSearchDb.Database.OpenConnectionAsync();
        await secondSearchDb.Database.OpenConnectionAsync();
        deferred = await DeferredIndexes.DropAsync(db, ["AspNetUsers", "Members", "Questions", "Answers", "QuestionTags", "SearchDocuments", "Votes"]);
        Log($"{deferred.Count} secondary indexes and foreign keys put aside until the tables are full");
    }
    await writer.InsertAsync(users);
    await writer.InsertAsync(users.Select(u => new Member(u.Id, Text.CleanLine(u.DisplayName), DateTimeOffset.UtcNow)).ToList());
    Log($"{options.Members:N0} members");
    {
        var roles = Roles.All.Select(r => new IdentityRole(r) { NormalizedName = r.ToUpperInvariant() }).ToList();
        db.Roles.AddRange(roles);
        db.UserRoles.Add(new IdentityUserRole<string> { UserId = staff.Id, RoleId = roles.Single(r => r.Name == Roles.Staff).Id });
        await db.SaveChangesAsync();
    }

    Category[] categories;
    Tag[] tags;
    {
        db.Categories.AddRange(Words.Categories.Select((c, i) => new Category(c, Text.Slugify(c), $"Questions about {c.ToLowerInvariant()}.", i)));
        db.Tags.AddRange(Words.Tags.Select(t => new Tag(t)));
        await db.SaveChangesAsync();
        // In the order the database lists their keys, as the seed always drew them.
        var byId = await db.Categories.AsNoTracking().ToDictionaryAsync(c => c.Id);
        categories = (await db.Categories.Select(c => c.Id).ToArrayAsync()).Select(id => byId[id]).ToArray();
        var tagsById = await db.Tags.AsNoTracking().ToDictionaryAsync(t => t.Id);
        tags = (await db.Tags.Select(t => t.Id).ToArrayAsync()).Select(id => tagsById[id]).ToArray();
    }

    // The forum's own entities, made in memory: AddAnswer keeps each question's answer count, last activity and first
    // response as the forum does. Keys are given here (questions and answers are numbered from 1 in a fresh database),
    // and the random draws come in the same order as ever, so a seed always gives the same forum.
    var authors = memberIds.Select(id => new Member(id, "", now)).ToArray();
    var questions = new List<Question>(options.Questions);
    var answers = new List<Answer>(options.Questions * 4);
    var questionTags = new List<(int Question, int Tag)>(options.Questions * 2);
    for (var i = 0; i < options.Questions; i++)
    {
        var asked = now - TimeSpan.FromMinutes((options.Questions - i) * minutesBetweenQuestions + random.Next(5));
        var title = Words.Title(random);
        var body = bodies[random.Next(bodies.Length)];
        var tagsOfQuestion = Enumerable.Range(0, random.Next(1, 4)).Select(_ => tags[random.Next(tags.Length)]).Distinct();
        // The benchmark's writing members ask nothing, so none of their votes is refused as a vote on their own post.
        var question = new Question(authors[Writers + random.Next(authors.Length - Writers)], categories[random.Next(categories.Length)],
            title, Text.Slugify(title), body.md, body.html, tagsOfQuestion, asked);
        Entity.Set(question, typeof(Post), nameof(Post.Id), i + 1);
        questions.Add(question);
        questionTags.AddRange(question.Tags.Select(t => (question.Id, t.Id)));
        var answerCount = random.Next(0, 9); // 4 on average
        for (var a = 0; a < answerCount; a++)
        {
            var answer = bodies[random.Next(bodies.Length)];
            var added = question.AddAnswer(authors[random.Next(authors.Length)], answer.md, answer.html, asked + TimeSpan.FromMinutes(3 + a * 11 + random.Next(30)));
            Entity.Set(added, typeof(Post), nameof(Post.Id), answers.Count + 1);
            answers.Add(added);
        }
    }

    // Votes, then the scores they make; every third question with answers has its first answer accepted.
    var votes = new List<Vote>(options.Questions * 3);
    var questionScores = new int[questions.Count + 1];
    var answerScores = new int[answers.Count + 1];
    var seen = new HashSet<(int, int, int)>();
    for (var done = 0; done < options.Questions * 3; done++)
    {
        var voter = random.Next(memberIds.Count);
        var type = random.Next(3) == 0 ? PostType.Question : PostType.Answer;
        var postId = type == PostType.Question ? random.Next(1, options.Questions + 1) : random.Next(1, answers.Count + 1);
        if (!seen.Add((voter, (int)type, postId)))
            continue;
        var vote = new Vote(memberIds[voter], type, postId, random.Next(6) == 0 ? -1 : 1, now);
        votes.Add(vote);
        (type == PostType.Question ? questionScores : answerScores)[postId] += vote.Value;
    }
    foreach (var question in questions)
    {
        Entity.Set(question, typeof(Post), nameof(Post.Score), questionScores[question.Id]);
        if (question.Id % 3 == 0 && question.Answers.Count > 0)
        {
            Entity.Set(question, typeof(Question), nameof(Question.AcceptedAnswerId), (int?)question.Answers.Min(a => a.Id));
            Entity.Set(question, typeof(Question), nameof(Question.Status), QuestionStatus.Solved);
            acceptedAnswerIds.Add(question.AcceptedAnswerId!.Value);
        }
    }
    foreach (var answer in answers)
        Entity.Set(answer, typeof(Post), nameof(Post.Score), answerScores[answer.Id]);
    Log($"{options.Questions:N0} questions, {answers.Count:N0} answers and {votes.Count:N0} votes made");
    // Each question's similar questions, ranked as the forum ranks them when a question is asked (SimilarLists).
    var similarLinks = SimilarLists.Rank(questions);
    foreach (var question in questions)
    {
        Entity.Set(question, typeof(Question), nameof(Question.SimilarQuestionsDue), null);
        Entity.Set(question, typeof(Question), nameof(Question.SimilarQuestionsRankedAt), (DateTimeOffset?)now);
    }
    Log($"{similarLinks.Count:N0} similar-question links ranked");

    // Each question's search document as the forum writes it (SearchIndexing), with its final scores and accepted
    // answer; the full-text index follows the table (SQLite's triggers, PostgreSQL's generated column). Documents are
    // keyed as their questions, so their keys keep the questions' order whichever connection writes them.
    var texts = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(ReferenceEqualityComparer.Instance);
    string TextOf(string html) => texts.GetOrAdd(html, SearchText.FromHtml);
    const int batch = 5_000;
    for (var start = 0; start < questions.Count; start += batch)
    {
        var page = questions.GetRange(start, Math.Min(batch, questions.Count - start));
        var documents = new SearchDocument[page.Count];
        Parallel.For(0, page.Count, i =>
        {
            documents[i] = SearchDocument.ForQuestion(page[i].Id, page[i].Language, page[i].Title,
                SearchIndexing.QuestionText(page[i].BodyHtml, page[i].AcceptedAnswerId, page[i].Answers.Select(a => (a.Id, a.BodyHtml, a.Score)), TextOf));
            Entity.Set(documents[i], typeof(SearchDocument), nameof(SearchDocument.Id), page[i].Id);
        });
        await writer.InsertAsync(page, withKeys: true);
        await writer.InsertLinksAsync<Question, Tag>("QuestionTags", questionTags.Where(l => l.Question > start && l.Question <= start + page.Count).ToList());
        var pageAnswers = page.SelectMany(q => q.Answers).ToList();
        if (postgresSearchWriters is null)
        {
            await writer.InsertAsync(pageAnswers, withKeys: true);
            await writer.InsertAsync(documents, withKeys: true);
        }
        else
        {
            var half = documents.Length / 2;
            await Task.WhenAll(writer.InsertAsync(pageAnswers, withKeys: true),
                postgresSearchWriters[0].InsertAsync(documents[..half], withKeys: true), postgresSearchWriters[1].InsertAsync(documents[half..], withKeys: true));
        }
    }
    if (options.Provider == DatabaseProvider.Postgres)
        await db.Database.ExecuteSqlRawAsync("""
            SELECT setval(pg_get_serial_sequence('"Questions"', 'Id'), (SELECT MAX("Id") FROM "Questions"));
            SELECT setval(pg_get_serial_sequence('"Answers"', 'Id'), (SELECT MAX("Id") FROM "Answers"));
            SELECT setval(pg_get_serial_sequence('"SearchDocuments"', 'Id'), (SELECT MAX("Id") FROM "SearchDocuments"));
            """);
    Log($"{options.Questions:N0} questions, {answers.Count:N0} answers, their tags and search documents written");
    await writer.InsertAsync(similarLinks);
    Log($"{similarLinks.Count:N0} similar-question links written");

    await writer.InsertAsync(votes);
    Log($"{votes.Count:N0} votes written");

    // Reputation: 10 points per point of score on a member's answers (member0 to member31, the benchmark's signed-in
    // and writing members, have enough to vote both ways), written to the ledger as one adjustment each, and the cached
    // total made from the ledger.
    var reputation = new Dictionary<string, int>();
    foreach (var answer in answers.Where(a => a.Score > 0))
        reputation[answer.AuthorId] = reputation.GetValueOrDefault(answer.AuthorId) + 10 * answer.Score;
    foreach (var writingMember in memberIds.Take(Writers))
        reputation[writingMember] = 10_000 - Member.StartingReputation;
    await writer.InsertAsync(reputation.Where(r => r.Value != 0).OrderBy(r => r.Key, StringComparer.Ordinal)
        .Select(r => new ReputationEvent(r.Key, r.Value, ReputationReason.Adjustment, null, null, null, now)).ToList());
    await db.Members.ExecuteUpdateAsync(s => s.SetProperty(m => m.Reputation,
        m => Member.StartingReputation + db.ReputationEvents.Where(e => e.MemberId == m.Id).Sum(e => e.Amount)));
    Log($"reputation of {reputation.Count:N0} members");
    if (deferred is not null)
    {
        await deferred.RestoreAsync(db);
        Log($"{deferred.Count} secondary indexes and foreign keys built");
    }
    // Statistics for PostgreSQL's planner, before the badge queries run over all of it. None on SQLite: the forum never
    // makes them, and statistics taken before the FAQ's documents existed once made its lookups of them scan every document.
    if (options.Provider == DatabaseProvider.Postgres)
    {
        await db.Database.ExecuteSqlRawAsync("ANALYZE;");
        Log("statistics");
    }
    Log($"bulk writes: {writer.Timings}{(postgresSearchWriters is null ? "" : $", beside them {firstSearchWriter.Timings} and {secondSearchWriter.Timings}")}");
}
// FAQ articles as staff make them, one per 200 questions and at most 1,000 (a support site's knowledge base grows with
// its products, not with its questions: at a million questions the forum has a thousand articles, not five thousand):
// accepted answers spread over the whole forum, each verified and then promoted and published through the forum's own
// use cases, which write the article, its first revision, its search document, the answer's verification, the credited
// author's reputation and their notifications.
const int MaxFaqArticles = 1_000;
var faqArticles = Math.Min(acceptedAnswerIds.Count, Math.Clamp(options.Questions / 200, 1, MaxFaqArticles));
await using (var services = options.CreateServices())
{
    for (var i = 0; i < faqArticles; i++)
    {
        var answerId = acceptedAnswerIds[(int)((long)i * acceptedAnswerIds.Count / faqArticles)];
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAs(staff.Id, Roles.Staff);
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        await mediator.Send(new VerifyAnswer(answerId));
        await mediator.Send(new PromoteAnswerToFaq(answerId, Publish: true));
    }
    // Their related questions, ranked by the forum's own use case in batches, as its job ranks them after a promotion.
    const int faqBatch = 100;
    FaqRelatedQuestionsRanked ranked;
    do
    {
        await using var scope = services.CreateAsyncScope();
        ranked = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new RankFaqRelatedQuestions(faqBatch));
    }
    while (ranked.Ranked + ranked.ChangedMeanwhile == faqBatch);
}
Log($"{faqArticles:N0} FAQ articles, their related questions ranked");
// Badges already earned are awarded through the forum's own use case, and their emails count as sent long ago,
// so the forum's badge job starts from a settled database too.
await using (var services = options.CreateServices())
{
    // The bulk writes above passed by the forum's saves, which mark members due for a badge check: every member is.
    await using (var marking = services.CreateAsyncScope())
        await marking.ServiceProvider.GetRequiredService<ForumDbContext>().Database.ExecuteSqlRawAsync(BadgeCheckSql.EveryMember);
    BadgeAwardResult result;
    do
    {
        await using var scope = services.CreateAsyncScope();
        result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new AwardBadges(Max: 10_000));
    }
    while (result.MayBeMore);
    await using var cleanup = services.CreateAsyncScope();
    await cleanup.ServiceProvider.GetRequiredService<ForumDbContext>().OutboxMessages.ExecuteDeleteAsync();
}
Log("badges earned so far");
await using (var db = options.CreateContext())
{
    // The forum runs SQLite in WAL mode (DatabaseInitializer); on PostgreSQL the badges' and the FAQ's tables get their
    // statistics too.
    if (options.Provider == DatabaseProvider.Sqlite)
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    else
        await db.Database.ExecuteSqlRawAsync("""ANALYZE "MemberBadges"; ANALYZE "Notifications"; ANALYZE "FaqArticles"; ANALYZE "FaqRevisions"; ANALYZE "FaqRelatedQuestions";""");
}
Log("done");
return 0;

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
            ["ConnectionStrings:Forum"] = Patient,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddForumDomain();
        services.AddInfrastructure(configuration, AppContext.BaseDirectory);
        // The addresses notifications link to, as the forum's pages make them.
        services.AddSingleton<Forum.Domain.Common.IForumLinks, Forum.Web.Pages.ForumLinks>();
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// The seed's connections wait as long as a statement takes (a COPY of ten million rows, a badge query over a million
    /// questions), where the forum gives up after 30 seconds.
    /// </summary>
    private string Patient => Provider == DatabaseProvider.Postgres
        ? new Npgsql.NpgsqlConnectionStringBuilder(Connection) { CommandTimeout = 0 }.ConnectionString
        : Connection;

    public ForumDbContext CreateContext() => Provider switch
    {
        DatabaseProvider.Postgres => new PostgresForumDbContext(new DbContextOptionsBuilder<PostgresForumDbContext>().UseNpgsql(Patient).Options),
        _ => new SqliteForumDbContext(new DbContextOptionsBuilder<SqliteForumDbContext>().UseSqlite(Connection).Options),
    };
}

internal static class Entity
{
    /// <summary>Sets what the seed decides outright (keys, final scores, accepted answers) on an entity the forum keeps closed.</summary>
    public static void Set(object entity, Type declaringType, string property, object? value) =>
        declaringType.GetProperty(property)!.SetValue(entity, value);
}
