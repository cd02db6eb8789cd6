using Forum.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Forum.Infrastructure.Persistence;

/// <summary>
/// The forum's database: Identity's tables and the forum's own. Each provider has a subclass that owns
/// its migrations; this class holds everything they share: the mapping, the transaction that holds a unit of work's
/// locks, and the translation of the database's refusals into the forum's conflicts. What a save brings along (a
/// member for a new account, search documents...) is done by the interceptors in <c>Persistence/Interceptors</c>.
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
    public DbSet<Announcement> Announcements => Set<Announcement>();
    public DbSet<CommonResponse> CommonResponses => Set<CommonResponse>();
    public DbSet<SearchDocument> SearchDocuments => Set<SearchDocument>();
    public DbSet<SearchRefresh> SearchRefreshes => Set<SearchRefresh>();
    public DbSet<SimilarQuestionLink> SimilarQuestionLinks => Set<SimilarQuestionLink>();
    public DbSet<FaqRelatedQuestion> FaqRelatedQuestions => Set<FaqRelatedQuestion>();
    public DbSet<FaqArticle> FaqArticles => Set<FaqArticle>();
    public DbSet<FaqRevision> FaqRevisions => Set<FaqRevision>();
    public DbSet<FaqTranslation> FaqTranslations => Set<FaqTranslation>();
    public DbSet<FaqTranslationRevision> FaqTranslationRevisions => Set<FaqTranslationRevision>();
    public DbSet<ArticleFeedback> ArticleFeedback => Set<ArticleFeedback>();
    public DbSet<AskSuggestion> AskSuggestions => Set<AskSuggestion>();
    public DbSet<Flag> Flags => Set<Flag>();
    public DbSet<ModerationAction> ModerationActions => Set<ModerationAction>();
    public DbSet<MemberBadge> MemberBadges => Set<MemberBadge>();
    public DbSet<BadgeCheck> BadgeChecks => Set<BadgeCheck>();
    public DbSet<UploadedImage> UploadedImages => Set<UploadedImage>();
    public DbSet<Escalation> Escalations => Set<Escalation>();
    /// <summary>The keys that protect cookies, antiforgery tokens, bearer tokens and signed links, shared by every node.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(ForumDbContext).Assembly);
        // One pending flag per member per post, enforced by the database too (concurrent duplicates become a conflict).
        builder.Entity<Flag>().HasIndex(f => new { f.ReporterId, f.PostType, f.PostId }).IsUnique()
            .HasFilter(Database.IsSqlServer() ? "[Status] = 0" : "\"Status\" = 0");
        // The public lists visitors read (Newest, Unanswered, Top, a category's; the counts of every order and of each
        // category): partial indexes of public questions only, so a list and its count read the index alone instead of
        // every wide question row. Top needs the id in its index: most questions share a handful of scores, and a page
        // deep in one was a sort of them all.
        var isPublic = ContentVisibility.IsPublicQuestionSql(Database.IsSqlServer() ? c => $"[{c}]" : c => $"\"{c}\"");
        builder.Entity<Question>().HasIndex(q => q.CreatedAt, "IX_Questions_Public_CreatedAt").HasFilter(isPublic);
        builder.Entity<Question>().HasIndex(q => new { q.Status, q.AnswerCount, q.CreatedAt }, "IX_Questions_Public_Status_AnswerCount_CreatedAt").HasFilter(isPublic);
        builder.Entity<Question>().HasIndex(q => new { q.Score, q.Id }, "IX_Questions_Public_Score_Id").HasFilter(isPublic);
        builder.Entity<Question>().HasIndex(q => new { q.CategoryId, q.CreatedAt }, "IX_Questions_Public_CategoryId_CreatedAt").HasFilter(isPublic);
        // The few questions whose similar questions wait to be ranked (SimilarQuestionsJob), newest first.
        builder.Entity<Question>().HasIndex(q => q.Id, "IX_Questions_SimilarQuestionsDue")
            .HasFilter(Database.IsSqlServer() ? "[SimilarQuestionsDue] IS NOT NULL" : "\"SimilarQuestionsDue\" IS NOT NULL");
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
            throw new ConcurrentChangeException(ConcurrentChangeMessage, said: ConcurrentChange);
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
            var written = await SaveOnceAsync(cancellationToken);
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

    /// <summary>Saves the rows that follow a save in its transaction (see <see cref="Interceptors.FollowUpWritesInterceptor"/>).</summary>
    internal Task<int> SaveFollowUpWritesAsync(CancellationToken cancellationToken) => SaveOnceAsync(cancellationToken);

    /// <summary>
    /// Changes are detected once, when the save starts. The interceptors read the change tracker a dozen times a save,
    /// and each read would otherwise compare every tracked entity with its snapshot again (a seventh of a write
    /// request's CPU). An interceptor that changes a tracked entity says so (<c>EntityEntry.DetectChanges</c>).
    /// </summary>
    private async Task<int> SaveOnceAsync(CancellationToken cancellationToken)
    {
        ChangeTracker.DetectChanges();
        var detecting = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return await base.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new ConcurrentChangeException(ConcurrentChangeMessage, ex.Entries.Select(RowLock).ToList(), said: ConcurrentChange);
        }
        catch (DbUpdateException ex) when (IsUniqueViolation(ex))
        {
            throw new ConcurrentChangeException("That was already done by a request at the same moment. Reload and try again.", said: Phrase.Of("Problem.DoneAtSameMoment"));
        }
        catch (DbUpdateException ex) when (ex.InnerException is { } inner && IsTransientConflict(inner))
        {
            throw new ConcurrentChangeException(ConcurrentChangeMessage, said: ConcurrentChange);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    /// <summary>The lock a retried command takes on a row that changed under it, e.g. "Question:15".</summary>
    private static string RowLock(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry entry) =>
        $"{entry.Metadata.ClrType.Name}:{string.Join(',', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).OriginalValue))}";

    private const string ConcurrentChangeMessage = "Someone else changed this at the same moment. Reload and try again.";
    private static readonly Phrase ConcurrentChange = Phrase.Of("Problem.ChangedAtSameMoment");

    protected abstract bool IsUniqueViolation(DbUpdateException exception);

    /// <summary>The database gave up on this transaction for another one's sake (a deadlock); running it again succeeds.</summary>
    protected abstract bool IsTransientConflict(Exception exception);

    /// <summary>Opens the transaction that holds a unit of work's locks until its save commits.</summary>
    protected virtual Task<IDbContextTransaction> BeginLockTransactionAsync(CancellationToken cancellationToken) =>
        Database.BeginTransactionAsync(cancellationToken);

    /// <summary>Takes this database's lock on <paramref name="key"/>, held until the transaction ends.</summary>
    protected abstract Task LockKeyAsync(string key, CancellationToken cancellationToken);

    /// <summary>True when the database lets one writing transaction run at a time (SQLite), so rows need no locking.</summary>
    protected internal virtual bool WritesOneAtATime => false;

    /// <summary>
    /// Creates the database if needed and runs a node's start-up <paramref name="work"/> (the migrations, then the demo
    /// content). Where several nodes share a database server, nodes starting together take turns, so one applies each
    /// migration and seeds, and the others find it done. SQLite is one process's.
    /// </summary>
    public virtual Task StartUpAloneAsync(Func<Task> work, CancellationToken cancellationToken) => work();

    /// <summary>The key of the lock that starting nodes take turns on.</summary>
    protected const string StartUpLock = "forum:start-up";

    /// <summary>
    /// Start-up on a database server: creates the database unless it exists (<paramref name="isDuplicateDatabase"/>
    /// recognizes the error of another node creating it at the same moment), then runs the <paramref name="work"/> on
    /// one open connection between a session lock and its release.
    /// </summary>
    protected async Task StartUpAloneOnServerAsync(Func<Task> work, Func<Exception, bool> isDuplicateDatabase,
        FormattableString lockStatement, FormattableString unlockStatement, CancellationToken cancellationToken)
    {
        var creator = this.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            try
            {
                await creator.CreateAsync(cancellationToken);
            }
            catch (Exception e) when (isDuplicateDatabase(e))
            {
                // Another node created it at the same moment.
            }
        }
        await Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await WaitWithoutTimeoutAsync(lockStatement, cancellationToken);
            await work();
        }
        finally
        {
            // Closing the connection returns it to the pool, which keeps the session and its lock: unlock first.
            await Database.ExecuteSqlAsync(unlockStatement, CancellationToken.None);
            await Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Runs a statement that waits for the start-up lock for as long as the node holding it takes (migrating a large
    /// database, on a busy machine, can outlast the usual command timeout, which would crash the waiting node).
    /// </summary>
    private async Task WaitWithoutTimeoutAsync(FormattableString lockStatement, CancellationToken cancellationToken)
    {
        var usual = Database.GetCommandTimeout();
        Database.SetCommandTimeout(0);
        try
        {
            await Database.ExecuteSqlAsync(lockStatement, cancellationToken);
        }
        finally
        {
            Database.SetCommandTimeout(usual);
        }
    }
}
