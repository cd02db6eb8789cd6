using Microsoft.AspNetCore.Identity;

namespace Forum.Infrastructure.Persistence.Interceptors;

/// <summary>
/// A role given or taken on a sign-in account is copied to the member in the same save: their posts carry the badge
/// of their highest role.
/// </summary>
public sealed class MemberRoleInterceptor : BeforeSaveInterceptor
{
    protected override async Task BeforeSaveAsync(ForumDbContext db, CancellationToken cancellationToken)
    {
        var changed = db.ChangeTracker.Entries<IdentityUserRole<string>>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted).ToList();
        foreach (var userId in changed.Select(e => e.Entity.UserId).Distinct().ToList())
        {
            var roleIds = await db.UserRoles.AsNoTracking().Where(r => r.UserId == userId).Select(r => r.RoleId).ToListAsync(cancellationToken);
            roleIds.RemoveAll(id => changed.Any(e => e.State == EntityState.Deleted && e.Entity.UserId == userId && e.Entity.RoleId == id));
            roleIds.AddRange(changed.Where(e => e.State == EntityState.Added && e.Entity.UserId == userId).Select(e => e.Entity.RoleId));
            var names = await db.Roles.AsNoTracking().Where(r => roleIds.Contains(r.Id)).Select(r => r.Name!).ToListAsync(cancellationToken);
            if (await db.Members.FindAsync([userId], cancellationToken) is { } member)
            {
                member.SetRole(Roles.HighestOf(names));
                db.Entry(member).DetectChanges();
            }
        }
    }
}
