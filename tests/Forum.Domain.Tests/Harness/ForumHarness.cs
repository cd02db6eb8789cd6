using Forum.Domain;
using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Notifications;
using Forum.Domain.Features.Reputation;
using Forum.Infrastructure;
using Forum.Infrastructure.Identity;
using Forum.Infrastructure.Jobs;
using Forum.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Forum.Domain.Tests.Harness;

/// <summary>
/// The real use cases over a real, migrated SQLite database of their own (copied from a template that is
/// migrated once per run), with a clock and a current user the test controls.
/// </summary>
public sealed class ForumHarness : IDisposable
{
    private static readonly Lazy<string> TemplateDatabase = new(CreateTemplate);
    private readonly string _databaseFile;
    private readonly Action<IServiceCollection>? _configure;
    private ServiceProvider _services;

    /// <summary>A Monday morning, where the forum's clock stands unless a test says otherwise.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    /// <param name="configure">Replaces services after the real ones are registered (e.g. a fake mail server).</param>
    /// <param name="startsAt">Where the forum's clock starts (it only moves forward).</param>
    public ForumHarness(Action<IServiceCollection>? configure = null, DateTimeOffset? startsAt = null)
    {
        _configure = configure;
        Clock = new FakeTimeProvider(startsAt ?? DefaultStart);
        _databaseFile = Path.Combine(Path.GetTempPath(), $"forum-domain-{Guid.NewGuid():N}.db");
        File.Copy(TemplateDatabase.Value, _databaseFile);
        _services = BuildServices(_databaseFile, Clock, SqlCommands, configure);
    }

    /// <summary>Like a process restart: every service (and anything it held in memory) is new; only the database stays.</summary>
    public void Restart()
    {
        _services.Dispose();
        _services = BuildServices(_databaseFile, Clock, SqlCommands, _configure);
    }

    /// <summary>Resolves <typeparamref name="TService"/> in a fresh scope and runs <paramref name="work"/> with it.</summary>
    public async Task<T> WithServiceAsync<TService, T>(Func<TService, Task<T>> work) where TService : notnull
    {
        using var scope = _services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public FakeTimeProvider Clock { get; }

    /// <summary>Counts the SQL commands the forum sends.</summary>
    public SqlCommandCounter SqlCommands { get; } = new();

    /// <summary>
    /// Whether <see cref="SendAsync{T}"/> runs the follow-up work its command committed (the announcements of new answers, the
    /// rebuilds of search documents),
    /// as the forum's worker does right after the commit; off, it stays queued until a test delivers it.
    /// </summary>
    public bool RunsFollowUpWork { get; set; } = true;

    public async Task<T> SendAsync<T>(string? userId, IRequest<T> request, params string[] roles)
    {
        T result;
        using (var scope = _services.CreateScope())
        {
            if (userId is not null)
                scope.ServiceProvider.GetRequiredService<CurrentUser>().RunAs(userId, roles);
            result = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(request);
        }
        if (RunsFollowUpWork && _services.GetRequiredService<FollowUpSignal>().TryTake())
            await RunFollowUpWorkAsync();
        return result;
    }

    /// <summary>Does all the follow-up work queued so far, each kind batch after batch, as the forum's worker does.</summary>
    public async Task RunFollowUpWorkAsync()
    {
        foreach (var batch in FollowUpWorker.Batches())
            await FollowUpWorker.RunUntilDoneAsync(_services.GetRequiredService<IServiceScopeFactory>(), batch, CancellationToken.None);
    }

    public async Task<T> QueryAsync<T>(Func<ForumDbContext, Task<T>> query)
    {
        using var scope = _services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<ForumDbContext>());
    }

    /// <summary>Registers an account (which creates its Member) and brings its reputation to <paramref name="reputation"/>.</summary>
    public async Task<string> CreateMemberAsync(string name, int reputation = Member.StartingReputation)
    {
        using var scope = _services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ForumDbContext>();
        var user = new ForumUser { UserName = $"{name}-{Guid.NewGuid():N}@forum.test", Email = $"{name}@forum.test", DisplayName = name };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        if (reputation != Member.StartingReputation)
        {
            await scope.ServiceProvider.GetRequiredService<ReputationLedger>().AdjustAsync(user.Id, reputation - Member.StartingReputation, user.Id, default);
            await db.SaveChangesAsync();
        }
        return user.Id;
    }

    public Task<int> ReputationOfAsync(string memberId) =>
        QueryAsync(db => db.Members.Where(m => m.Id == memberId).Select(m => m.Reputation).SingleAsync());

    public void Dispose()
    {
        _services.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_databaseFile);
    }

    private static ServiceProvider BuildServices(string databaseFile, TimeProvider clock, SqlCommandCounter? counter = null, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Forum"] = $"Data Source={databaseFile};Pooling=False" })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddForumDomain();
        services.AddInfrastructure(configuration, Path.GetTempPath());
        services.AddSingleton(clock);
        services.AddSingleton<IForumLinks, TestLinks>();
        if (counter is not null)
            services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(counter);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    private static string CreateTemplate()
    {
        var file = Path.Combine(Path.GetTempPath(), $"forum-domain-template-{Guid.NewGuid():N}.db");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(file);
        using var services = BuildServices(file, new FakeTimeProvider(DefaultStart));
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ForumDbContext>();
        db.Database.Migrate();
        db.Categories.Add(new Category("Desktop app", "desktop-app", "The desktop app.", 0));
        db.Categories.Add(new Category("Mobile app", "mobile-app", "The mobile app.", 1));
        db.SaveChanges();
        return file;
    }
}

/// <summary>Counts the SQL commands the forum sends, and keeps them (text and parameters) since the last reset.</summary>
public sealed class SqlCommandCounter : Microsoft.EntityFrameworkCore.Diagnostics.DbCommandInterceptor
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<SqlCommandRecord> _commands = new();

    public int Count => _commands.Count;

    public IReadOnlyList<SqlCommandRecord> Commands => [.. _commands];

    public void Reset() => _commands.Clear();

    public override ValueTask<System.Data.Common.DbDataReader> ReaderExecutedAsync(System.Data.Common.DbCommand command,
        Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData eventData, System.Data.Common.DbDataReader result, CancellationToken cancellationToken = default)
    {
        _commands.Enqueue(new SqlCommandRecord(command.CommandText,
            command.Parameters.Cast<System.Data.Common.DbParameter>().Select(p => (p.ParameterName, p.Value)).ToList()));
        return ValueTask.FromResult(result);
    }
}

public sealed record SqlCommandRecord(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);
