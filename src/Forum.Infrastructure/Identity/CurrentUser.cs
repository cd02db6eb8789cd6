using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Forum.Infrastructure.Identity;

/// <summary>
/// The signed-in user of the current HTTP request, or, for work done outside a request (seeding, operator
/// commands, background jobs), the user named with <see cref="RunAs"/>.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private string? _actingUserId;
    private string[] _actingRoles = [];

    public string? UserId => _actingUserId ?? Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public bool IsInRole(string role) =>
        _actingUserId is not null ? _actingRoles.Contains(role) : Principal?.IsInRole(role) == true;

    public void RunAs(string userId, params string[] roles)
    {
        _actingUserId = userId;
        _actingRoles = roles;
    }

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;
}
