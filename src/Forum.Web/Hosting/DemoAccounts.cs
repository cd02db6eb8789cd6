using Forum.Infrastructure.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Forum.Web.Hosting;

public static class DemoAccounts
{
    /// <summary>Prints where the forum is and how to sign in to it, once it listens.</summary>
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        Console.WriteLine();
        Console.WriteLine($"Forum is running at {string.Join(", ", addresses)}");
        Console.WriteLine($"Demo accounts (password {DemoSeeder.Password}):");
        foreach (var account in DemoSeeder.Accounts)
            Console.WriteLine($"  {account.Email,-24} {account.Note}");
        Console.WriteLine();
    }
}
