using Forum.Infrastructure;
using Microsoft.Extensions.Localization;

namespace Forum.Web.Hosting;

/// <summary>
/// Identity's error messages (a password too short, an address already taken, a link that no longer works) in the
/// reader's language, from the shared resources under <c>Identity.</c> and the error's code. The codes stay Identity's,
/// so code that tells errors apart by code is unaffected.
/// </summary>
public sealed class LocalizedIdentityErrors(IStringLocalizer<SharedResource> texts) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Said(nameof(DefaultError));

    public override IdentityError ConcurrencyFailure() => Said(nameof(ConcurrencyFailure));

    public override IdentityError PasswordMismatch() => Said(nameof(PasswordMismatch));

    public override IdentityError InvalidToken() => Said(nameof(InvalidToken));

    public override IdentityError RecoveryCodeRedemptionFailed() => Said(nameof(RecoveryCodeRedemptionFailed));

    public override IdentityError LoginAlreadyAssociated() => Said(nameof(LoginAlreadyAssociated));

    public override IdentityError InvalidUserName(string? userName) => Said(nameof(InvalidUserName), userName);

    public override IdentityError InvalidEmail(string? email) => Said(nameof(InvalidEmail), email);

    public override IdentityError DuplicateUserName(string userName) => Said(nameof(DuplicateUserName), userName);

    public override IdentityError DuplicateEmail(string email) => Said(nameof(DuplicateEmail), email);

    public override IdentityError UserAlreadyHasPassword() => Said(nameof(UserAlreadyHasPassword));

    public override IdentityError UserLockoutNotEnabled() => Said(nameof(UserLockoutNotEnabled));

    public override IdentityError PasswordTooShort(int length) => Said(nameof(PasswordTooShort), length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Said(nameof(PasswordRequiresUniqueChars), uniqueChars);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Said(nameof(PasswordRequiresNonAlphanumeric));

    public override IdentityError PasswordRequiresDigit() => Said(nameof(PasswordRequiresDigit));

    public override IdentityError PasswordRequiresLower() => Said(nameof(PasswordRequiresLower));

    public override IdentityError PasswordRequiresUpper() => Said(nameof(PasswordRequiresUpper));

    private IdentityError Said(string code, params object?[] arguments) =>
        new() { Code = code, Description = texts[$"Identity.{code}", [.. arguments.Select(a => a ?? "")]] };
}
