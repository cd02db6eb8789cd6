using Microsoft.AspNetCore.Hosting;

namespace Forum.Web.Tests.Harness;

/// <summary>
/// Two nodes of one forum, as behind a load balancer: two hosts on one database and one Redis (a redis-server of the
/// fixture's own, with a key prefix of its own).
/// </summary>
public class TwoNodes : IAsyncLifetime
{
    private readonly string _keyPrefix = $"forum-test-{Guid.NewGuid():N}:";

    public RedisServer Redis { get; } = new();

    public ForumWebFactory A { get; private set; } = null!;

    public ForumWebFactory B { get; private set; } = null!;

    /// <summary><c>Forum:WritesPerMinutePerAddress</c> of both nodes.</summary>
    protected virtual int WritesPerMinutePerAddress => 100_000;

    public Task InitializeAsync()
    {
        A = new Node(this);
        _ = A.Services;
        B = new Node(this, A);
        _ = B.Services;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await B.DisposeAsync();
        await A.DisposeAsync();
        await Redis.DisposeAsync();
    }

    private sealed class Node : ForumWebFactory
    {
        private readonly TwoNodes _nodes;

        public Node(TwoNodes nodes) => _nodes = nodes;

        public Node(TwoNodes nodes, ForumWebFactory first) : base(first) => _nodes = nodes;

        protected override void Configure(IWebHostBuilder builder)
        {
            builder.UseSetting("Redis:Configuration", _nodes.Redis.Configuration);
            builder.UseSetting("Redis:KeyPrefix", _nodes._keyPrefix);
            builder.UseSetting("Forum:WritesPerMinutePerAddress", _nodes.WritesPerMinutePerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture));
            ClientAddress.AddTo(builder);
        }
    }
}
