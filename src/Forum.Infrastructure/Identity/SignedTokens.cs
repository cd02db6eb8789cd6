using Microsoft.AspNetCore.DataProtection;

namespace Forum.Infrastructure.Identity;

/// <summary>Signed and encrypted tokens for email links, made with ASP.NET Core Data Protection (the same keys as the sign-in cookies).</summary>
public sealed class SignedTokens(IDataProtectionProvider provider) : ISignedTokens
{
    public string Create(string purpose, string payload) => provider.CreateProtector(purpose).Protect(payload);

    public string? Read(string purpose, string token)
    {
        try
        {
            return provider.CreateProtector(purpose).Unprotect(token);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
