using System.Collections.Concurrent;
using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Web.Tests.Harness;

/// <summary>The forum with every command sent while answering a request counted (the background jobs' are not).</summary>
public sealed class CountingForum : ForumWebFactory
{
    public RequestCommands Commands { get; } = new();

    /// <summary>The commands one GET of <paramref name="url"/> sent to the database.</summary>
    public async Task<IReadOnlyList<string>> CommandsOfAsync(HttpClient reader, string url)
    {
        Commands.Reset();
        var response = await reader.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Commands.Sent;
    }

    protected override void Configure(IWebHostBuilder builder)
    {
        // A job's commit (the outbox sending the seeded notifications, a badge awarded) would empty the read cache
        // between two requests of a test that counts what the second one sends.
        builder.UseSetting("Forum:Jobs:Enabled", "false");
        builder.ConfigureServices(services => services.AddSingleton<IInterceptor>(sp =>
        {
            Commands.Requests = sp.GetRequiredService<IHttpContextAccessor>();
            return Commands;
        }));
    }
}

public sealed class RequestCommands : DbCommandInterceptor
{
    private readonly ConcurrentQueue<string> _sent = new();

    public IHttpContextAccessor? Requests { get; set; }

    public IReadOnlyList<string> Sent => [.. _sent];

    public void Reset() => _sent.Clear();

    private void Count(DbCommand command)
    {
        if (Requests?.HttpContext is not null)
            _sent.Enqueue(command.CommandText);
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Count(command);
        return ValueTask.FromResult(result);
    }
}
