using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Forum.Web.Tests.Harness;

/// <summary>
/// A redis-server of the test's own (scripts/test.sh installs redis-server), on a free loopback port, without
/// persistence: the tests stop it and start it again on the same port, as an operator would lose and restore Redis.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private Process? _process;

    public RedisServer()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Start();
    }

    public int Port { get; }

    public string Configuration => $"127.0.0.1:{Port}";

    public void Start()
    {
        _process = Process.Start(new ProcessStartInfo("redis-server", $"--bind 127.0.0.1 --port {Port} --save \"\" --appendonly no")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("redis-server could not be started (scripts/test.sh installs it).");
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                client.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (attempt < 100 && !_process.HasExited)
            {
                Thread.Sleep(50);
            }
        }
    }

    /// <summary>
    /// Redis stops answering for <paramref name="duration"/> (the process is suspended, its connections stay open), as a
    /// Redis that hangs for a moment. Returns once it has stopped, with a task that ends when it answers again.
    /// </summary>
    public async Task<Task> HangAsync(TimeSpan duration)
    {
        var process = _process ?? throw new InvalidOperationException("Redis is not running.");
        await SignalAsync(process, "STOP");
        return ResumeAsync();

        async Task ResumeAsync()
        {
            await Task.Delay(duration);
            await SignalAsync(process, "CONT");
        }
    }

    private static async Task SignalAsync(Process process, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
    }

    public async Task StopAsync()
    {
        if (_process is null)
            return;
        _process.Kill();
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
