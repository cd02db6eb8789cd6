using Forum.Infrastructure.Persistence;

namespace Forum.Web.Hosting;

/// <summary>
/// `migrate`, `users add --email E --password P [--role R] [--name N]` and `reputation check|repair`: run against the
/// configured database, print what happened and exit.
/// </summary>
public static class OperatorCommands
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "migrate" or "users" or "reputation";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<DatabaseInitializer>().MigrateAsync();
        if (args[0] == "migrate")
        {
            Console.WriteLine("The database is up to date.");
            return 0;
        }
        if (args[0] == "reputation")
            return await ReputationAsync(services.GetRequiredService<IForumDb>(), args);
        if (args.Length < 2 || args[1] != "add")
            return Usage("Unknown users command.");

        var options = ParseOptions(args.Skip(2).ToArray());
        if (options is null || !options.TryGetValue("email", out var email) || !options.TryGetValue("password", out var password))
            return Usage("users add needs --email and --password.");
        options.TryGetValue("role", out var role);
        if (role is not null && !Roles.All.Contains(role))
            return Usage($"--role must be one of {string.Join(", ", Roles.All)}.");

        if (options.TryGetValue("name", out var chosen))
        {
            var name = Text.CleanLine(chosen);
            if (DisplayNameRules.FormProblem(name) is { } problem)
                return Usage(problem.In(Languages.English, services.GetRequiredService<IForumTexts>()));
            try
            {
                await DisplayNameRules.EnsureAvailableAsync(services.GetRequiredService<IForumDb>(), name, forTeam: role is not null, null, "name", CancellationToken.None);
            }
            catch (RuleViolationException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return 1;
            }
        }

        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var name in Roles.All)
            if (!await roles.RoleExistsAsync(name))
                await roles.CreateAsync(new IdentityRole(name));
        var users = services.GetRequiredService<UserManager<ForumUser>>();
        var user = new ForumUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = options.GetValueOrDefault("name") };
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(user, password);
        }
        catch (ConflictException)
        {
            Console.Error.WriteLine($"The name \"{user.DisplayName}\" was taken at the same moment; choose another name.");
            return 1;
        }
        if (!created.Succeeded)
            return Fail(created);
        if (role is not null && await users.AddToRoleAsync(user, role) is { Succeeded: false } added)
            return Fail(added);
        Console.WriteLine($"Created {email}{(role is null ? "" : $" ({role})")} with id {user.Id}.");
        return 0;
    }

    /// <summary>`check` lists the members whose reputation differs from their ledger (exit code 1 when any do); `repair` sets it from the ledger.</summary>
    private static async Task<int> ReputationAsync(IForumDb db, string[] args)
    {
        switch (args.ElementAtOrDefault(1))
        {
            case "check":
                var audit = await ReputationAudit.CheckAsync(db, default);
                foreach (var m in audit.Mismatches)
                    Console.WriteLine($"{m.MemberId} ({m.DisplayName}): shows {m.Shown}, the ledger says {m.FromLedger}");
                Console.WriteLine(audit.Mismatches.Count == 0
                    ? $"Checked {audit.Checked} members: every reputation matches the ledger."
                    : $"Checked {audit.Checked} members: {audit.Mismatches.Count} differ from the ledger. Run `reputation repair` to set them from it.");
                return audit.Mismatches.Count == 0 ? 0 : 1;
            case "repair":
                var repaired = await ReputationAudit.RepairAsync(db, default);
                foreach (var m in repaired)
                    Console.WriteLine($"{m.MemberId} ({m.DisplayName}): {m.Shown} -> {m.FromLedger}");
                Console.WriteLine($"Repaired {repaired.Count} members from the ledger.");
                return 0;
            default:
                return Usage("Unknown reputation command.");
        }
    }

    private static Dictionary<string, string>? ParseOptions(string[] args)
    {
        var options = new Dictionary<string, string>();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                return null;
            options[args[i][2..]] = args[i + 1];
        }
        return options;
    }

    private static int Fail(IdentityResult result)
    {
        Console.Error.WriteLine(string.Join(Environment.NewLine, result.Errors.Select(e => e.Description)));
        return 1;
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine(problem);
        Console.Error.WriteLine("Usage: migrate | users add --email E --password P [--role Moderator|Staff|Admin] [--name N] | reputation check|repair");
        return 2;
    }
}
