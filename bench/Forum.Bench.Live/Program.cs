// Holds many idle live connections open, as that many readers with a question page open would, for the benchmark.
//   Forum.Bench.Live --url http://127.0.0.1:5080 --question 12 --connections 1000
// Prints "ready N" once every connection follows the thread, then holds them until the process is stopped.
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

var options = args.Chunk(2).ToDictionary(pair => pair[0].TrimStart('-'), pair => pair[1]);
var url = new Uri(new Uri(options["url"]), "/live");
var question = int.Parse(options["question"], System.Globalization.CultureInfo.InvariantCulture);
var count = int.Parse(options.GetValueOrDefault("connections", "1000"), System.Globalization.CultureInfo.InvariantCulture);

var connections = new List<HubConnection>(count);
var heard = 0;
// A few at a time, as readers arrive; each connection is a WebSocket, as a browser's would be.
foreach (var batch in Enumerable.Range(0, count).Chunk(50))
{
    var opened = await Task.WhenAll(batch.Select(async _ =>
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(url, o => o.Transports = HttpTransportType.WebSockets)
            .Build();
        connection.On<object>("changed", _ => Interlocked.Increment(ref heard));
        await connection.StartAsync();
        if (!await connection.InvokeAsync<bool>("FollowThread", question))
            throw new InvalidOperationException($"The forum refused to let a visitor follow question {question}.");
        return connection;
    }));
    connections.AddRange(opened);
}
Console.WriteLine($"ready {connections.Count}");
AppDomain.CurrentDomain.ProcessExit += (_, _) => Console.WriteLine($"heard {heard} events");
await Task.Delay(Timeout.Infinite);
