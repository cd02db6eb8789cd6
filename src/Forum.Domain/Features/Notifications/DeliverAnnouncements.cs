namespace Forum.Domain.Features.Notifications;

/// <summary>
/// Tells the people who follow a question about the answers posted to it (<see cref="Announcement"/>), up to
/// <paramref name="Max"/> of them, oldest first: the notifications and emails that the request posting an answer leaves
/// to this follow-up work, so that it neither waits for them nor holds its locks while they are written. Run by the
/// forum's background worker right after such a commit, and every few seconds for what a stopped node left.
/// </summary>
public sealed record DeliverAnnouncements(int Max = 100) : IRequest<int>;

public sealed class DeliverAnnouncementsHandler(IForumDb db, Notifier notifier) : IRequestHandler<DeliverAnnouncements, int>
{
    public async Task<int> Handle(DeliverAnnouncements request, CancellationToken cancellationToken)
    {
        // Most rounds of the worker find nothing: they take no lock (on SQLite, the database's write lock).
        if (!await db.Announcements.AnyAsync(cancellationToken))
            return 0;
        // One delivery at a time (on every node): an announcement is read, announced and removed by one transaction.
        await db.LockAsync(Locks.Announcements, cancellationToken);
        var due = await db.Announcements
            .Include(a => a.Answer!).ThenInclude(a => a.Question)
            .Include(a => a.Answer!).ThenInclude(a => a.Author)
            .OrderBy(a => a.Id).Take(request.Max)
            .ToListAsync(cancellationToken);
        foreach (var announcement in due)
        {
            var answer = announcement.Answer!;
            // An answer hidden or removed since it was posted is announced to no one.
            if (answer.IsPublic)
                await notifier.AnnounceAnswerAsync(answer.Question!, answer.Author!, answer.BodyMarkdown, cancellationToken);
            db.Announcements.Remove(announcement);
        }
        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
