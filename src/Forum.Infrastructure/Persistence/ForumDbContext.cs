using System.Security.Cryptography;
using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Features.Search;
using Forum.Domain.Features.Users;
using Forum.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Forum.Infrastructure.Persistence;

/// <summary>
/// The forum's database: Identity's tables and the forum's own. Each provider has a subclass that owns
/// its migrations; this class holds everything they share.
/// </summary>
public abstract class ForumDbContext(DbContextOptions options) : IdentityDbContext<ForumUser>(options), IForumDb, IDataProtectionKeyContext
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
    public DbSet<SearchDocument> SearchDocuments => Set<SearchDocument>();
    public DbSet<FaqArticle> FaqArticles => Set<FaqArticle>();
    public DbSet<FaqRevision> FaqRevisions => Set<FaqRevision>();
    public DbSet<ArticleFeedback> ArticleFeedback => Set<ArticleFeedback>();
    public DbSet<AskSuggestion> AskSuggestions => Set<AskSuggestion>();
    public DbSet<Flag> Flags => Set<Flag>();
    public DbSet<ModerationAction> ModerationActions => Set<ModerationAction>();
    public DbSet<MemberBadge> MemberBadges => Set<MemberBadge>();
    /// <summary>The keys that protect cookies, antiforgery tokens, bearer tokens and signed links, shared by every node.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ForumDbContext).Assembly);
        // One pending flag per member per post, enforced by the database too (concurrent duplicates become a conflict).
        builder.Entity<Flag>().HasIndex(f => new { f.ReporterId, f.PostType, f.PostId }).IsUnique()
            .HasFilter(Database.IsSqlServer() ? "[Status] = 0" : "\"Status\" = 0");
        // The public lists visitors read (Newest, Unanswered; the counts of every order): partial indexes of public
        // questions only, so a list and its count read the index alone instead of every wide question row.
        var isPublic = ContentVisibility.IsPublicQuestionSql(Database.IsSqlServer() ? c => $"[{c}]" : c => $"\"{c}\"");
        builder.Entity<Question>().HasIndex(q => q.CreatedAt, "IX_Questions_Public_CreatedAt").HasFilter(isPublic);
        builder.Entity<Question>().HasIndex(q => new { q.Status, q.AnswerCount, q.CreatedAt }, "IX_Questions_Public_Status_AnswerCount_CreatedAt").HasFilter(isPublic);
    }

    private IDbContextTransaction? _lockTransaction;
    private IDbContextTransaction? _lockedKeysTransaction;
    private readonly HashSet<string> _lockedKeys = [];

    public async Task LockAsync(string key, CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is null)
            _lockTransaction = await BeginLockTransactionAsync(cancellationToken);
        if (_lockedKeysTransaction != Database.CurrentTransaction)
        {
            _lockedKeys.Clear();
            _lockedKeysTransaction = Database.CurrentTransaction;
        }
        if (!_lockedKeys.Add(key))
            return;
        try
        {
            await LockKeyAsync(key, cancellationToken);
        }
        catch (Exception ex) when (IsTransientConflict(ex))
        {
            throw new ConcurrentChangeException(ConcurrentChangeMessage);
        }
    }

    public async Task AddReputationAsync(string memberId, int amount, CancellationToken cancellationToken)
    {
        await Members.Where(m => m.Id == memberId)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.Reputation, x => x.Reputation + amount), cancellationToken);
        if (Members.Local.FindEntry(memberId) is { } loaded)
        {
            var reputation = await Members.Where(m => m.Id == memberId).Select(m => m.Reputation).SingleAsync(cancellationToken);
            var property = loaded.Property(m => m.Reputation);
            property.CurrentValue = reputation;
            property.OriginalValue = reputation;
            property.IsModified = false;
        }
    }

    public void ReleaseLocks()
    {
        if (HoldsLocks)
            _lockTransaction!.Dispose();
        _lockTransaction = null;
    }

    public void DiscardChanges()
    {
        ReleaseLocks();
        ChangeTracker.Clear();
    }

    /// <summary>The save commits the transaction that the unit of work's locks opened, or rolls it back when it fails.</summary>
    public override async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var written = await SaveAllAsync(cancellationToken);
            if (HoldsLocks)
            {
                await _lockTransaction!.CommitAsync(cancellationToken);
                ReleaseLocks();
            }
            return written;
        }
        catch
        {
            ReleaseLocks();
            throw;
        }
    }

    // A context returned to the pool loses its transaction, so a lock transaction left from its last use is not held.
    private bool HoldsLocks => _lockTransaction is not null && Database.CurrentTransaction == _lockTransaction;

    private async Task<int> SaveAllAsync(CancellationToken cancellationToken)
    {
        await CreateMembersForNewAccountsAsync(cancellationToken);
        await CopyNewDisplayNamesToAccountsAsync(cancellationToken);
        await CopyRoleChangesToMembersAsync(cancellationToken);
        var searchChanges = PostsChangingSearch();
        var articleChanges = ArticlesChangingSearch();
        var recordsOfNewPosts = RecordsOfNewPosts();
        if (searchChanges.Count == 0 && articleChanges.Count == 0 && recordsOfNewPosts.Count == 0)
            return await SaveOnceAsync(cancellationToken);

        // The posts and articles and their search documents are written in one transaction: the index never lags behind.
        await using var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var written = await SaveOnceAsync(cancellationToken);
        // Records about posts inserted just now follow them once they have their ids, in the same transaction.
        foreach (var record in recordsOfNewPosts)
        {
            record.TakePostId();
            Add(record);
        }
        var questionIds = searchChanges.Select(p => p.ThreadQuestionId).Distinct().ToList();
        // Waits for any other transaction refreshing the same documents, so that this one reads their committed answers.
        if (!WritesOneAtATime && questionIds.Count > 0)
            await SearchDocuments.Where(d => d.QuestionId != null && questionIds.Contains(d.QuestionId.Value)).ExecuteUpdateAsync(d => d.SetProperty(x => x.Title, x => x.Title), cancellationToken);
        await SearchIndexing.RefreshAsync(this, questionIds, cancellationToken);
        // An article is changed (its concurrency stamp) by every step of its life, so no lock is needed for it.
        await SearchIndexing.RefreshFaqAsync(this, articleChanges.Select(a => a.Id).Distinct().ToList(), cancellationToken);
        await SaveOnceAsync(cancellationToken);
        if (transaction is not null)
            await transaction.CommitAsync(cancellationToken);
        return written;
    }

    private async Task<int> SaveOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await base.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrentChangeException(ConcurrentChangeMessage, ex.Entries.Select(RowLock).ToList());
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            throw new ConcurrentChangeException("That was already done by a request at the same moment. Reload and try again.");
        }
        catch (DbUpdateException ex) when (ex.InnerException is { } inner && IsTransientConflict(inner))
        {
            throw new ConcurrentChangeException(ConcurrentChangeMessage);
        }
    }

    /// <summary>Post properties that do not change what search finds or shows; a change to any other one refreshes the question's document.</summary>
    private static readonly HashSet<string> NotSearched =
    [
        nameof(Post.Score), nameof(Post.ConcurrencyStamp), nameof(Question.AnswerCount), nameof(Question.MeTooCount),
        nameof(Question.ViewCount), nameof(Question.LastActivityAt), nameof(Question.FirstResponseAt), nameof(Question.Status),
    ];

    /// <summary>The questions and answers about to be written in a way that changes their question's search document.</summary>
    private List<Post> PostsChangingSearch() =>
        ChangeTracker.Entries<Post>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted ||
                        (e.State == EntityState.Modified && e.Properties.Any(p => p.IsModified && !NotSearched.Contains(p.Metadata.Name))))
            .Select(e => e.Entity)
            .ToList();

    /// <summary>The FAQ articles about to be written: publishing, approving a revision and archiving all change the article.</summary>
    private List<FaqArticle> ArticlesChangingSearch() =>
        ChangeTracker.Entries<FaqArticle>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted or EntityState.Modified)
            .Select(e => e.Entity)
            .ToList();

    /// <summary>Takes the records about posts not saved yet out of the first write (their post ids are not known yet).</summary>
    private List<IRecordOfNewPost> RecordsOfNewPosts()
    {
        var entries = ChangeTracker.Entries<IRecordOfNewPost>().Where(e => e.State == EntityState.Added && e.Entity.AwaitsPostId).ToList();
        foreach (var entry in entries)
            entry.State = EntityState.Detached;
        return entries.Select(e => e.Entity).ToList();
    }

    /// <summary>Every account gets its forum profile in the same transaction that creates it.</summary>
    private async Task CreateMembersForNewAccountsAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in ChangeTracker.Entries<ForumUser>().Where(e => e.State == EntityState.Added).ToList())
        {
            var user = entry.Entity;
            var name = Text.CleanLine(user.DisplayName);
            if (name.Length > Member.DisplayNameMax)
                name = name[..Member.DisplayNameMax].TrimEnd();
            // An account that chose no name gets one that does not reveal its email; the member page says where to
            // change it. A name another member's looks like is not given twice: a default name is drawn again, a
            // chosen one (checked before, by whoever asked for it) gets a number.
            var chosen = name.Length == 0 || Member.IsDefaultName(name) ? null : name;
            if (chosen is null)
                name = name.Length == 0 ? NewDefaultName() : name;
            for (var n = 2; await DisplayNameRules.IsTakenAsync(this, name, null, cancellationToken); n++)
                name = chosen is null ? NewDefaultName() : DisplayNameRules.Numbered(chosen, n);
            user.DisplayName = name;
            Members.Add(new Member(user.Id, name, DateTimeOffset.UtcNow));
        }
    }

    private static string NewDefaultName() => Member.DefaultName(RandomNumberGenerator.GetInt32(100_000, 1_000_000));

    /// <summary>A role given or taken on a sign-in account is copied to the member in the same save (their posts' badge).</summary>
    private async Task CopyRoleChangesToMembersAsync(CancellationToken cancellationToken)
    {
        var changed = ChangeTracker.Entries<IdentityUserRole<string>>()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted).ToList();
        foreach (var userId in changed.Select(e => e.Entity.UserId).Distinct().ToList())
        {
            var roleIds = await UserRoles.AsNoTracking().Where(r => r.UserId == userId).Select(r => r.RoleId).ToListAsync(cancellationToken);
            roleIds.RemoveAll(id => changed.Any(e => e.State == EntityState.Deleted && e.Entity.UserId == userId && e.Entity.RoleId == id));
            roleIds.AddRange(changed.Where(e => e.State == EntityState.Added && e.Entity.UserId == userId).Select(e => e.Entity.RoleId));
            var names = await Roles.AsNoTracking().Where(r => roleIds.Contains(r.Id)).Select(r => r.Name!).ToListAsync(cancellationToken);
            if (await Members.FindAsync([userId], cancellationToken) is { } member)
                member.SetRole(Domain.Common.Roles.HighestOf(names));
        }
    }

    /// <summary>A member's new display name is kept on their sign-in account too, in the same save.</summary>
    private async Task CopyNewDisplayNamesToAccountsAsync(CancellationToken cancellationToken)
    {
        var renamed = ChangeTracker.Entries<Member>()
            .Where(e => e.State == EntityState.Modified && e.Property(m => m.DisplayName).IsModified).Select(e => e.Entity).ToList();
        foreach (var member in renamed)
        {
            if (await Users.FindAsync([member.Id], cancellationToken) is { } account)
                account.DisplayName = member.DisplayName;
        }
    }

    /// <summary>The lock a retried command takes on a row that changed under it, e.g. "Question:15".</summary>
    private static string RowLock(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        $"{entry.Metadata.ClrType.Name}:{string.Join(',', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).OriginalValue))}";

    private const string ConcurrentChangeMessage = "Someone else changed this at the same moment. Reload and try again.";

    protected abstract bool IsUniqueViolation(DbUpdateException exception);

    /// <summary>The database gave up on this transaction for another one's sake (a deadlock); running it again succeeds.</summary>
    protected abstract bool IsTransientConflict(Exception exception);

    /// <summary>Opens the transaction that holds a unit of work's locks until its save commits.</summary>
    protected virtual Task<IDbContextTransaction> BeginLockTransactionAsync(CancellationToken cancellationToken) =>
        Database.BeginTransactionAsync(cancellationToken);

    /// <summary>Takes this database's lock on <paramref name="key"/>, held until the transaction ends.</summary>
    protected abstract Task LockKeyAsync(string key, CancellationToken cancellationToken);

    /// <summary>True when the database lets one writing transaction run at a time (SQLite), so rows need no locking.</summary>
    protected virtual bool WritesOneAtATime => false;

    /// <summary>
    /// Creates the database if needed and applies the pending migrations. Where several nodes share a database server,
    /// nodes starting together take turns, so one applies each migration and the others find it applied.
    /// </summary>
    public virtual Task ApplyMigrationsAsync(CancellationToken cancellationToken) => Database.MigrateAsync(cancellationToken);

    /// <summary>The key of the lock that nodes migrating the database take turns on.</summary>
    protected const string MigrationLock = "forum:migrations";
}
