using System.Diagnostics;
using System.Net;

namespace Forum.Cluster.Tests;

/// <summary>A node dies under a read load through nginx: readers barely notice, and the node rejoins when restarted.</summary>
public sealed class LosingANodeTests
{
    private const int Readers = 8, ReadsEach = 60;

    [Fact]
    public async Task Killing_a_node_under_reads_loses_at_most_the_requests_in_flight_and_the_node_rejoins()
    {
        var victim = Cluster.Nodes.Count;
        var pidFile = Path.Combine(Cluster.StateFolder, $"node{victim}.pid");
        var pid = int.Parse(await File.ReadAllTextAsync(pidFile));
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var failures = 0;
        var reads = 0;

        var readers = Enumerable.Range(0, Readers).Select(async reader =>
        {
            for (var i = 0; i < ReadsEach; i++)
            {
                if (reader == 0 && i == ReadsEach / 4)
                    Process.GetProcessById(pid).Kill();
                try
                {
                    var response = await client.GetAsync(new Uri(Cluster.Front, i % 2 == 0 ? "/questions" : "/"));
                    if (response.StatusCode != HttpStatusCode.OK)
                        Interlocked.Increment(ref failures);
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref failures);
                }
                Interlocked.Increment(ref reads);
            }
        });
        await Task.WhenAll(readers);

        Assert.Equal(Readers * ReadsEach, reads);
        // At most what was in flight on the killed node; nginx retries idempotent reads on the next node.
        Assert.True(failures <= Readers, $"{failures} of {reads} reads failed after a node was killed.");

        await Cluster.ScriptAsync($"node {victim}");
        var rejoined = await client.GetAsync(new Uri(Cluster.Nodes[victim - 1], "/health/ready"));
        Assert.Equal(HttpStatusCode.OK, rejoined.StatusCode);
    }
}
