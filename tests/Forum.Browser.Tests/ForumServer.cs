using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Forum.Browser.Tests;

/// <summary>
/// The real forum on Kestrel on a free loopback port, with a fresh SQLite database in a temporary folder and the
/// demo content seeded (categories, alice@ and bob@forum.local with password Passw0rd!).
/// </summary>
public sealed class ForumServer : WebApplicationFactory<Program>
{
    public const string DemoPassword = "Passw0rd!";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "forum-browser-" + Guid.NewGuid().ToString("N"));
    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <param name="settings">Configuration on top of the defaults (e.g. higher write allowances for seeding).</param>
    public ForumServer(IReadOnlyDictionary<string, string>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string>();
        Directory.CreateDirectory(_folder);
        UseKestrel(FreePort());
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault() ?? throw new InvalidOperationException("The forum started without an address to listen on.");
        BaseUrl = address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1").TrimEnd('/');
    }

    public string BaseUrl { get; }

    /// <summary>Where the forum writes the emails it sends.</summary>
    public string MailFolder => Path.Combine(_folder, "mail");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Forum", $"Data Source={Path.Combine(_folder, "forum.db")}");
        builder.UseSetting("Forum:SeedDemoContent", "true");
        builder.UseSetting("Forum:RequireConfirmedEmail", "false");
        builder.UseSetting("Email:PickupDirectory", MailFolder);
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a folder in the temp directory.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
