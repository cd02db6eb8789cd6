namespace Forum.Domain.Features.Users;

/// <summary>
/// Everything the forum keeps about the signed-in member, for them to download: their profile, every question and
/// answer they wrote (also those hidden or removed, with why), the votes they cast, their reputation ledger and
/// their notifications. (Their sign-in account's email is added by the page, from the account.)
/// </summary>
[RequiresMember]
public sealed record DownloadMyData : IRequest<MyData>;

public sealed class DownloadMyDataHandler(IForumDb db, ICurrentUser user) : IRequestHandler<DownloadMyData, MyData>
{
    public async Task<MyData> Handle(DownloadMyData request, CancellationToken cancellationToken)
    {
        var me = user.UserId!;
        var profile = await db.Members.AsNoTracking().Where(m => m.Id == me)
            .Select(m => new MyProfile(m.Id, m.DisplayName, m.Reputation, m.Tier.ToString(), m.Role.ToString(), m.CreatedAt, m.DisplayNameChangedAt, m.SuspendedUntil, m.SuspensionReason))
            .SingleAsync(cancellationToken);
        var questions = await db.Questions.AsNoTracking().Where(q => q.AuthorId == me).OrderBy(q => q.Id)
            .Select(q => new MyQuestion(q.Id, q.Title, q.BodyMarkdown, q.Category!.Name, q.Tags.Select(t => t.Name).ToList(), q.Status.ToString(), q.Score,
                q.CreatedAt, q.EditedAt, PostModeration.Of(q.DeletedAt, q.DeletedReason, q.HiddenAt, q.IsHeld, q.HiddenReason)))
            .ToListAsync(cancellationToken);
        var answers = await db.Answers.AsNoTracking().Where(a => a.AuthorId == me).OrderBy(a => a.Id)
            .Select(a => new MyAnswer(a.Id, a.QuestionId, a.Question!.Title, a.BodyMarkdown, a.Score, a.Question.AcceptedAnswerId == a.Id, a.VerifiedAt != null,
                a.CreatedAt, a.EditedAt, PostModeration.Of(a.DeletedAt, a.DeletedReason, a.HiddenAt, a.IsHeld, a.HiddenReason)))
            .ToListAsync(cancellationToken);
        var votes = await db.Votes.AsNoTracking().Where(v => v.VoterId == me).OrderBy(v => v.Id)
            .Select(v => new MyVote(v.PostType.ToString(), v.PostId, v.Value, v.CastAt))
            .ToListAsync(cancellationToken);
        var ledger = await db.ReputationEvents.AsNoTracking().Where(e => e.MemberId == me).OrderBy(e => e.Id)
            .Select(e => new MyReputationEvent(e.Amount, e.Reason.ToString(), e.PostType.HasValue ? e.PostType.Value.ToString() : null, e.PostId, e.CreatedAt, e.IsReversed))
            .ToListAsync(cancellationToken);
        var notifications = await db.Notifications.AsNoTracking().Where(n => n.MemberId == me).OrderBy(n => n.Id)
            .Select(n => new MyNotification(n.Kind.ToString(), n.Text, n.Link, n.CreatedAt, n.ReadAt))
            .ToListAsync(cancellationToken);
        return new MyData(profile, questions, answers, votes, ledger, notifications);
    }
}

public sealed record MyData(
    MyProfile Profile, IReadOnlyList<MyQuestion> Questions, IReadOnlyList<MyAnswer> Answers, IReadOnlyList<MyVote> VotesCast,
    IReadOnlyList<MyReputationEvent> ReputationLedger, IReadOnlyList<MyNotification> Notifications);

public sealed record MyProfile(
    string Id, string DisplayName, int Reputation, string SupportTier, string Role, DateTimeOffset JoinedAt, DateTimeOffset? DisplayNameChangedAt,
    DateTimeOffset? SuspendedUntil, string? SuspensionReason);

public sealed record MyQuestion(
    int Id, string Title, string BodyMarkdown, string Category, IReadOnlyList<string> Tags, string Status, int Score,
    DateTimeOffset CreatedAt, DateTimeOffset? EditedAt, PostModeration? Moderation);

public sealed record MyAnswer(
    int Id, int QuestionId, string QuestionTitle, string BodyMarkdown, int Score, bool Accepted, bool StaffVerified,
    DateTimeOffset CreatedAt, DateTimeOffset? EditedAt, PostModeration? Moderation);

public sealed record MyVote(string PostType, int PostId, int Value, DateTimeOffset CastAt);

public sealed record MyReputationEvent(int Amount, string Reason, string? PostType, int? PostId, DateTimeOffset At, bool Reversed);

public sealed record MyNotification(string Kind, string Text, string Link, DateTimeOffset At, DateTimeOffset? ReadAt);
