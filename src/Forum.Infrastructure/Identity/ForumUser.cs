using Microsoft.AspNetCore.Identity;

namespace Forum.Infrastructure.Identity;

/// <summary>The sign-in account (credentials, email, roles, lockout); its forum profile is the Member with the same id.</summary>
public sealed class ForumUser : IdentityUser
{
    /// <summary>The name the member wants to be known by; copied to the Member when the account is created.</summary>
    public string? DisplayName { get; set; }
}
