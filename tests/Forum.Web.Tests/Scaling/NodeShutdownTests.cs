using Forum.Web.Live;
using Forum.Web.Tests.Harness;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Web.Tests.Scaling;

/// <summary>
/// A node stops cleanly while Redis is slow to answer. Its live updates let go of their Redis channels when it stops,
/// with the one command the node sends Redis synchronously, and that command must not give up as soon as a reader's would.
/// </summary>
public sealed class NodeShutdownTests
{
    [Fact]
    public async Task A_node_stops_without_an_error_while_Redis_hangs_for_a_second()
    {
        var nodes = new TwoNodes();
        await nodes.InitializeAsync();
        try
        {
            // The backplane subscribes to its channels once the live updates are used.
            await nodes.A.Services.GetRequiredService<IHubContext<ForumHub>>().Clients.All.SendAsync("ping");
            // The other node stops first, as in TwoNodes: node A drops the database they share when it stops, which
            // on PostgreSQL waits for every connection to it to close.
            await nodes.B.DisposeAsync();
            var answeringAgain = await nodes.Redis.HangAsync(TimeSpan.FromSeconds(1.5));

            var stopping = await Record.ExceptionAsync(() => nodes.A.DisposeAsync().AsTask());

            await answeringAgain;
            Assert.Null(stopping);
        }
        finally
        {
            await nodes.DisposeAsync();
        }
    }
}
