using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Web.Tests.Harness;

/// <summary>
/// The whole forum in memory over HTTP, on its own fresh database: SQLite by default, or the real PostgreSQL
/// server when FORUM_TEST_PROVIDER=Postgres (scripts/test.sh runs the suite both ways). Demo content is seeded.
/// </summary>
public class ForumWebFactory : WebApplicationFactory<Program>
{
    private readonly string _workFolder = Path.Combine(Path.GetTempPath(), $"forum-web-{Guid.NewGuid():N}");
    private readonly ForumWebFactory? _databaseOwner;
    private string? _postgresDatabase;
    private string? _connectionString;

    public ForumWebFactory()
    {
    }

    /// <summary>Another node of the same forum: on the database of <paramref name="databaseOwner"/>, which must have started (and drops it).</summary>
    protected ForumWebFactory(ForumWebFactory databaseOwner) => _databaseOwner = databaseOwner;

    public static bool OnPostgres => string.Equals(Environment.GetEnvironmentVariable("FORUM_TEST_PROVIDER"), "Postgres", StringComparison.OrdinalIgnoreCase);

    public string MailFolder => Path.Combine(_workFolder, "mail");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_workFolder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Forum:SeedDemoContent", "true");
        builder.UseSetting("Forum:RequireConfirmedEmail", "false");
        builder.UseSetting("Forum:WritesPerMinutePerAddress", "100000");
        // Several tests vote as the seeded bob; the vote allowance itself is covered by the domain tests.
        builder.UseSetting("Forum:RateLimits:VotesPerMinute", "1000");
        builder.UseSetting("Forum:RateLimits:VotesPerDay", "1000");
        builder.UseSetting("Email:PickupDirectory", MailFolder);
        // Tests rank similar questions and FAQ articles' related questions when they need them (RankSimilarQuestionsAsync,
        // RankFaqRelatedQuestionsAsync): the jobs' commits would empty the caches at moments no test chose.
        builder.UseSetting("Forum:Jobs:SimilarQuestionsSeconds", "3600");
        // For the same reason tests do the follow-up work of their writes themselves (RunFollowUpWorkAsync), unless
        // the worker that commits wake is what they test.
        if (!RunsFollowUpWorker)
            builder.ConfigureServices(services =>
            {
                foreach (var worker in services.Where(s => s.ImplementationType == typeof(Forum.Infrastructure.Jobs.FollowUpWorker)).ToList())
                    services.Remove(worker);
            });
        if (_databaseOwner is not null)
        {
            if (OnPostgres)
                builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Forum", _databaseOwner._connectionString
                ?? throw new InvalidOperationException("The first node must start before another node joins its database."));
        }
        else if (OnPostgres)
        {
            var server = Environment.GetEnvironmentVariable("FORUM_TEST_POSTGRES")
                ?? throw new InvalidOperationException("FORUM_TEST_PROVIDER=Postgres needs FORUM_TEST_POSTGRES; run scripts/test.sh, which starts PostgreSQL and sets it.");
            var connection = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = $"forum_web_{Guid.NewGuid():N}" };
            _postgresDatabase = connection.Database;
            _connectionString = connection.ConnectionString;
            builder.UseSetting("Database:Provider", "Postgres");
            builder.UseSetting("ConnectionStrings:Forum", _connectionString);
        }
        else
        {
            _connectionString = $"Data Source={Path.Combine(_workFolder, "forum.db")}";
            builder.UseSetting("ConnectionStrings:Forum", _connectionString);
        }
        Configure(builder);
    }

    /// <summary>Whether the forum's follow-up worker runs, as it does in production, after every commit that queues work.</summary>
    protected virtual bool RunsFollowUpWorker => false;

    /// <summary>Settings of a test class's own forum, on top of the ones above.</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    /// <summary>A client signed in with a bearer token from the Identity API.</summary>
    public async Task<HttpClient> SignedInClientAsync(string email, string password = "Passw0rd!")
    {
        var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<TokenResponse>())!.AccessToken;
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Registers a brand-new member (reputation 1) and signs them in.</summary>
    public async Task<HttpClient> NewMemberAsync(string? name = null)
    {
        var email = $"{name ?? "member"}-{Guid.NewGuid():N}@forum.test";
        var response = await CreateClient().PostAsJsonAsync("/api/v1/auth/register", new { email, password = "Passw0rd!" });
        response.EnsureSuccessStatusCode();
        return await SignedInClientAsync(email);
    }

    /// <summary>
    /// Does the follow-up work of the writes committed so far, as the forum's worker does a moment after each: delivers
    /// the announcements of new answers (notifications and emails to the asker, the watchers and the mentioned) and
    /// rebuilds the search documents of changed questions. When this returns, all of it is done.
    /// </summary>
    public async Task RunFollowUpWorkAsync()
    {
        foreach (var batch in Forum.Infrastructure.Jobs.FollowUpWorker.Batches())
            await Forum.Infrastructure.Jobs.FollowUpWorker.RunUntilDoneAsync(Services.GetRequiredService<IServiceScopeFactory>(), batch, CancellationToken.None);
    }

    /// <summary>What the background job does a moment after questions are asked or edited: ranks every similar-questions list that is due.</summary>
    public async Task RankSimilarQuestionsAsync()
    {
        // As in the forum, the lists are ranked over the search documents as the follow-up work leaves them.
        await RunFollowUpWorkAsync();
        for (var round = 0; round < 10; round++)
        {
            await using var scope = Services.CreateAsyncScope();
            if ((await scope.ServiceProvider.GetRequiredService<MediatR.IMediator>().Send(new Forum.Domain.Features.Search.RankSimilarQuestions(1000))).Ranked == 0)
                return;
        }
        throw new InvalidOperationException("The similar-questions lists did not settle.");
    }

    /// <summary>What the background job does a moment after FAQ articles are promoted: ranks every related-questions list that is due.</summary>
    public async Task RankFaqRelatedQuestionsAsync()
    {
        await RunFollowUpWorkAsync();
        await using var scope = Services.CreateAsyncScope();
        var ranked = await scope.ServiceProvider.GetRequiredService<MediatR.IMediator>().Send(new Forum.Domain.Features.Faq.RankFaqRelatedQuestions(1000));
        if (ranked.ChangedMeanwhile > 0)
            throw new InvalidOperationException("An FAQ article was marked again while its related questions were ranked.");
    }

    public override async ValueTask DisposeAsync()
    {
        // The forum stops first (its background jobs keep connecting), then its database goes.
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_postgresDatabase is not null)
            await DropPostgresDatabaseAsync(_postgresDatabase);
        if (Directory.Exists(_workFolder))
            Directory.Delete(_workFolder, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// Drops the test database once nothing uses it; PostgreSQL's own autovacuum may still be in it for a moment,
    /// and a test role may not end that session, so the drop is tried again shortly.
    /// </summary>
    private static async Task DropPostgresDatabaseAsync(string database)
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        var server = new Npgsql.NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("FORUM_TEST_POSTGRES")) { Database = "postgres", Pooling = false };
        await using var connection = new Npgsql.NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\"", connection);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (Npgsql.PostgresException ex) when (ex.SqlState == "55006" && attempt < 10)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(300));
            }
        }
    }

    private sealed record TokenResponse(string AccessToken);
}
