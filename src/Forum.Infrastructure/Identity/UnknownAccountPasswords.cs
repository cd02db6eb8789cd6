using Microsoft.AspNetCore.Identity;

namespace Forum.Infrastructure.Identity;

/// <summary>
/// Checks a password given for an address that has no account against a stand-in hash, with the accounts' own
/// hasher, so that such an attempt costs what an attempt on a real account costs and its answer comes no sooner.
/// </summary>
public sealed class UnknownAccountPasswords(UserManager<ForumUser> users)
{
    private static readonly ForumUser Nobody = new();
    // Made once for the process: an attempt then costs one check, as on a real account.
    private static string? standIn;

    public void Check(string password) =>
        users.PasswordHasher.VerifyHashedPassword(Nobody, standIn ??= users.PasswordHasher.HashPassword(Nobody, Guid.NewGuid().ToString()), password);
}
