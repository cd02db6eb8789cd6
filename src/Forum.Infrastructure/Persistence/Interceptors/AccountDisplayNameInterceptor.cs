namespace Forum.Infrastructure.Persistence.Interceptors;

/// <summary>A member's new display name is kept on their sign-in account too, in the same save.</summary>
public sealed class AccountDisplayNameInterceptor : BeforeSaveInterceptor
{
    protected override async Task BeforeSaveAsync(ForumDbContext db, CancellationToken cancellationToken)
    {
        var renamed = db.ChangeTracker.Entries<Member>()
            .Where(e => e.State == EntityState.Modified && e.Property(m => m.DisplayName).IsModified).Select(e => e.Entity).ToList();
        foreach (var member in renamed)
        {
            if (await db.Users.FindAsync([member.Id], cancellationToken) is { } account)
            {
                account.DisplayName = member.DisplayName;
                db.Entry(account).DetectChanges();
            }
        }
    }
}
