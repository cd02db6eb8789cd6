namespace Forum.Domain.Features.Support;

/// <summary>
/// Asks the askers of questions solved a few days ago "Is this still solved?", in the app and by email with one-click
/// signed links. Run by the follow-up background job; each question is asked once.
/// </summary>
public sealed record SendDueFollowUps(int Max = 100) : IRequest<int>;

public sealed class SendDueFollowUpsHandler(IForumDb db, TimeProvider clock, SupportOptions options, IForumLinks links, Notifier notifier, ISignedTokens tokens)
    : IRequestHandler<SendDueFollowUps, int>
{
    public async Task<int> Handle(SendDueFollowUps request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var solvedBefore = now - options.FollowUpDelay;
        var due = await db.Questions.Where(ContentVisibility.IsPublicQuestion)
            .Where(q => q.Status == QuestionStatus.Solved && q.SolvedAt != null && q.SolvedAt <= solvedBefore && q.FollowUpSentAt == null)
            .OrderBy(q => q.SolvedAt).ThenBy(q => q.Id).Take(request.Max)
            .ToListAsync(cancellationToken);
        foreach (var question in due)
        {
            question.FollowUpSent(now);
            var token = FollowUpTokens.Create(tokens, question.Id, now + options.FollowUpLinkLifetime);
            var link = links.Absolute(links.FollowUp(question.Id, token));
            await notifier.NotifyAsync(question.AuthorId, NotificationKind.FollowUp,
                Phrase.Of("Notification.FollowUp"), question, "#follow-up", cancellationToken,
                emailDetail: Phrase.Of("Notification.FollowUpDetail"),
                emailLinks: [(Phrase.Of("Notification.FollowUpStillSolved"), link + "&stillSolved=true"), (Phrase.Of("Notification.FollowUpNotSolved"), link + "&stillSolved=false")]);
        }
        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }
}
