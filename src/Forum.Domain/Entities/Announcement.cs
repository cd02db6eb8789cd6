namespace Forum.Domain.Entities;

/// <summary>
/// A posted answer whose asker, watchers and mentioned members are still to hear of it. It is written in the same
/// transaction as the answer, so a committed answer is always announced, and it is removed in the transaction that
/// writes the notifications and emails, so it is announced once (<see cref="Features.Notifications.DeliverAnnouncements"/>).
/// </summary>
public sealed class Announcement
{
    private Announcement() { }

    public Announcement(Answer answer, DateTimeOffset now)
    {
        Answer = answer;
        AnswerId = answer.Id;
        CreatedAt = now;
    }

    public long Id { get; private set; }
    public int AnswerId { get; private set; }
    public Answer? Answer { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
}
