using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Forum.Web.Tests.Harness;

/// <summary>A page's live connection to the forum, as a visitor or as a signed-in member, keeping every event it hears.</summary>
public sealed class LiveListener : IAsyncDisposable
{
    public sealed record Heard(string Stream, string Topic, string Change, int? PostId, string? By);

    private readonly HubConnection _connection;
    private readonly ConcurrentQueue<Heard> _heard = new();

    private LiveListener(HubConnection connection)
    {
        _connection = connection;
        _connection.On<Heard>("changed", _heard.Enqueue);
    }

    public IReadOnlyList<Heard> Events => [.. _heard];

    /// <param name="member">A client from <see cref="ForumWebFactory.SignedInClientAsync"/>, or null for a visitor.</param>
    public static async Task<LiveListener> ConnectAsync(ForumWebFactory forum, HttpClient? member = null)
    {
        var token = member?.DefaultRequestHeaders.Authorization?.Parameter;
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(forum.Server.BaseAddress, "/live"), options =>
            {
                // The test server speaks HTTP only; long polling is one of the transports browsers fall back to.
                options.Transports = HttpTransportType.LongPolling;
                options.HttpMessageHandlerFactory = _ => forum.Server.CreateHandler();
                if (token is not null)
                    options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        await connection.StartAsync();
        return new LiveListener(connection);
    }

    public Task<bool> FollowThreadAsync(int questionId) => _connection.InvokeAsync<bool>("FollowThread", questionId);

    public Task<bool> FollowNeedsAttentionAsync() => _connection.InvokeAsync<bool>("FollowNeedsAttention");

    public Task<bool> FollowModerationAsync() => _connection.InvokeAsync<bool>("FollowModeration");

    /// <summary>The first event heard that matches, waiting for it up to half a minute (events come after the request that caused them returned).</summary>
    public async Task<Heard> WaitForAsync(Func<Heard, bool> match)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!timeout.IsCancellationRequested)
        {
            if (_heard.FirstOrDefault(match) is { } heard)
                return heard;
            await Task.Delay(50, CancellationToken.None);
        }
        throw new Xunit.Sdk.XunitException($"No such live event was heard; heard: {string.Join("; ", _heard)}");
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
