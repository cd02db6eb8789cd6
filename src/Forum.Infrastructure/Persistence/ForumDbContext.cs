using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Forum.Infrastructure.Persistence;

/// <summary>
/// The forum's database: Identity's tables and the forum's own. Each provider has a subclass that owns
/// its migrations; this class holds everything they share.
/// </summary>
public abstract class ForumDbContext(DbContextOptions options) : IdentityDbContext<ForumUser>(options), IForumDb
{
    public DbSet<Member> Members => Set<Member>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Tag> Tags => Set<Tag>();
    public DbSet<Question> Questions => Set<Question>();
    public DbSet<Answer> Answers => Set<Answer>();
    public DbSet<Vote> Votes => Set<Vote>();
    public DbSet<MeToo> MeToos => Set<MeToo>();
    public DbSet<PostRevision> PostRevisions => Set<PostRevision>();
    public DbSet<ReputationEvent> ReputationEvents => Set<ReputationEvent>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<Watch> Watches => Set<Watch>();
    public DbSet<EmailPreference> EmailPreferences => Set<EmailPreference>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<CommonResponse> CommonResponses => Set<CommonResponse>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ForumDbContext).Assembly);
    }

    public override async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        CreateMembersForNewAccounts();
        try
        {
            return await base.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("Someone else changed this at the same moment. Reload and try again.");
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            throw new ConflictException("That was already done by a request at the same moment. Reload and try again.");
        }
    }

    /// <summary>Every account gets its forum profile in the same transaction that creates it.</summary>
    private void CreateMembersForNewAccounts()
    {
        foreach (var entry in ChangeTracker.Entries<ForumUser>().Where(e => e.State == EntityState.Added).ToList())
        {
            var user = entry.Entity;
            var name = Text.CleanLine(user.DisplayName);
            if (name.Length == 0)
                name = (user.Email ?? user.UserName ?? "member").Split('@')[0];
            Members.Add(new Member(user.Id, name.Length > 60 ? name[..60] : name, DateTimeOffset.UtcNow));
        }
    }

    protected abstract bool IsUniqueViolation(DbUpdateException exception);
}
