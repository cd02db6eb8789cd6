namespace Forum.Domain.Common;

/// <summary>
/// Declares who may send a request: any signed-in, unsuspended member, or only members in one of
/// <see cref="Roles"/> (comma separated, e.g. <see cref="Common.Roles.StaffOrAdmin"/>). Enforced by <see cref="AuthorizationBehavior{TRequest,TResponse}"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class RequiresMemberAttribute : Attribute
{
    public string? Roles { get; init; }
}
