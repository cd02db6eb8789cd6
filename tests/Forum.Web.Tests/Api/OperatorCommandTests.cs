using System.Diagnostics;
using Forum.Domain.Common;

namespace Forum.Web.Tests.Api;

public sealed class OperatorCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"forum-cli-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Migrate_and_users_add_do_their_work_and_exit()
    {
        var migrate = await RunAsync("migrate");
        Assert.Equal(0, migrate.ExitCode);
        Assert.Contains("up to date", migrate.Output);

        var added = await RunAsync("users", "add", "--email", "sam@example.com", "--password", "S3cret!pw", "--role", Roles.Staff, "--name", "Sam");
        Assert.Equal(0, added.ExitCode);
        Assert.Contains("Created sam@example.com (Staff)", added.Output);

        var again = await RunAsync("users", "add", "--email", "sam@example.com", "--password", "S3cret!pw");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already taken", again.Output);
    }

    [Fact]
    public async Task Reputation_check_finds_a_member_whose_reputation_differs_from_the_ledger_and_repair_sets_it_back()
    {
        await RunAsync("users", "add", "--email", "ann@example.com", "--password", "S3cret!pw", "--name", "Ann");
        Assert.Equal(0, (await RunAsync("reputation", "check")).ExitCode);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(_folder, "forum.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var corrupt = connection.CreateCommand();
            corrupt.CommandText = "UPDATE Members SET Reputation = 61 WHERE DisplayName = 'Ann'";
            Assert.Equal(1, await corrupt.ExecuteNonQueryAsync());
        }

        var check = await RunAsync("reputation", "check");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("(Ann): shows 61, the ledger says 1", check.Output);
        Assert.Contains("1 differ from the ledger", check.Output);

        var repair = await RunAsync("reputation", "repair");
        Assert.Equal(0, repair.ExitCode);
        Assert.Contains("(Ann): 61 -> 1", repair.Output);
        Assert.Contains("Repaired 1 members", repair.Output);

        var again = await RunAsync("reputation", "check");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("every reputation matches the ledger", again.Output);
    }

    [Theory]
    [InlineData("reputation", "fix")]
    [InlineData("users", "add", "--email", "x@example.com")]
    [InlineData("users", "add", "--email", "x@example.com", "--password", "S3cret!pw", "--role", "Emperor")]
    [InlineData("users", "remove")]
    public async Task Incomplete_or_unknown_commands_print_the_usage_and_fail(params string[] args)
    {
        var result = await RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage:", result.Output);
    }

    private async Task<(int ExitCode, string Output)> RunAsync(params string[] args)
    {
        Directory.CreateDirectory(_folder);
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _folder };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConnectionStrings__Forum"] = $"Data Source={Path.Combine(_folder, "forum.db")}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
