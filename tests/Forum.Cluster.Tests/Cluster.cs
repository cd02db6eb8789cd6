using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace Forum.Cluster.Tests;

/// <summary>
/// The forum as scripts/cluster.sh runs it: nodes on loopback ports behind nginx, on PostgreSQL. scripts/test.sh starts
/// it and says where it is in FORUM_CLUSTER_URL (nginx), FORUM_CLUSTER_NODES (the nodes' addresses, comma-separated) and
/// FORUM_CLUSTER_POSTGRES (the connection string of the nodes' database).
/// </summary>
public static partial class Cluster
{
    public const string Password = "Passw0rd!";

    public static Uri Front => new(Variable("FORUM_CLUSTER_URL"));

    public static IReadOnlyList<Uri> Nodes => [.. Variable("FORUM_CLUSTER_NODES").Split(',').Select(n => new Uri(n))];

    public static string Database => Variable("FORUM_CLUSTER_POSTGRES");

    /// <summary>scripts/cluster.sh's folder: process ids, logs, and the pickup folder all nodes write their email to (mail/).</summary>
    public static string StateFolder => Path.Combine(RepositoryRoot(), ".cluster");

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Forum.sln")))
                return dir.FullName;
        throw new InvalidOperationException("The repository root (Forum.sln) was not found above the test's folder.");
    }

    /// <summary>One browser: its cookies (sign-in, antiforgery) go to every node, as they would behind one address.</summary>
    public static HttpClient Browser(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>
    /// A word no other test uses, of letters only: hexadecimal digits can line up like a phone number, which holds a new
    /// member's first post for review.
    /// </summary>
    public static string UniqueWord() => string.Concat(Guid.NewGuid().ToString("N")[..12].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))));

    /// <summary>The antiforgery token of the page's first form.</summary>
    public static string FormToken(string page) => Token().Match(page).Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    /// <summary>Runs scripts/cluster.sh with <paramref name="arguments"/> (e.g. "node 3", "redis stop") and checks that it succeeded.</summary>
    public static async Task ScriptAsync(string arguments)
    {
        var script = Path.Combine(RepositoryRoot(), "scripts", "cluster.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", $"{script} {arguments}") { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"scripts/cluster.sh {arguments} failed: {await output}{await errors}");
    }

    private static string Variable(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: scripts/test.sh starts the cluster (scripts/cluster.sh) and sets it.");
}
