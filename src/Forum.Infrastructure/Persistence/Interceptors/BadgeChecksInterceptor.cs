namespace Forum.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Marks due for a badge check (<see cref="BadgeCheck"/>), in the same save, every member a change may have earned a
/// badge: it follows what <see cref="Features.Recognition.Badges.CountedItems"/> counts. An answer written or changed
/// (posted, voted on, verified, restored) counts for its author, an accepted one for its author, a question made
/// public again for the authors of its answers, an FAQ article for its credited member, an FAQ revision for its
/// proposer, a flag for its reporter.
/// </summary>
public sealed class BadgeChecksInterceptor : BeforeSaveInterceptor
{
    protected override async Task BeforeSaveAsync(ForumDbContext db, CancellationToken cancellationToken)
    {
        var changes = db.ChangeTracker;
        var members = new HashSet<string>(StringComparer.Ordinal);
        members.UnionWith(changes.Entries<Answer>().Where(e => e.State is EntityState.Added or EntityState.Modified).Select(e => e.Entity.AuthorId));
        members.UnionWith(changes.Entries<FaqArticle>().Where(e => e.State is EntityState.Added or EntityState.Modified && e.Entity.CreditedMemberId is not null)
            .Select(e => e.Entity.CreditedMemberId!));
        members.UnionWith(changes.Entries<FaqRevision>().Where(e => e.State == EntityState.Modified).Select(e => e.Entity.ProposedById));
        members.UnionWith(changes.Entries<Flag>().Where(e => e.State == EntityState.Modified && e.Entity.ReporterId is not null).Select(e => e.Entity.ReporterId!));

        var questions = changes.Entries<Question>().Where(e => e.State == EntityState.Modified).ToList();
        var accepted = questions.Where(e => e.Property(q => q.AcceptedAnswerId).IsModified && e.Entity.AcceptedAnswerId is not null)
            .Select(e => e.Entity.AcceptedAnswerId!.Value).ToList();
        var madePublic = questions.Where(e => e.Entity.IsPublic && (e.Property(q => q.DeletedAt).IsModified || e.Property(q => q.HiddenAt).IsModified))
            .Select(e => e.Entity.Id).ToList();
        if (accepted.Count > 0 || madePublic.Count > 0)
            members.UnionWith(await db.Answers.Where(a => accepted.Contains(a.Id) || madePublic.Contains(a.QuestionId))
                .Select(a => a.AuthorId).Distinct().ToListAsync(cancellationToken));

        db.BadgeChecks.AddRange(members.Select(id => new BadgeCheck(id)));
    }
}
