namespace Forum.Domain.Features.Support;

/// <summary>
/// Escalates the open questions still waiting for a first response to the staff on duty before they miss their target:
/// a Priority question at 80% of its target (Standard: 100%) brings each of them a notification (the bell updates live),
/// and one still without a response 5 minutes later an email. A question escalates at most once per stage: each stage
/// is an <see cref="Escalation"/> row that the database holds once, so a run on another node at the same moment fails
/// its save and, run again (<see cref="RetryOnConflictBehavior{TRequest,TResponse}"/>), finds the work done. Run by the
/// escalation background job. The forum keeps no duty roster: the staff on duty are its staff members, with the
/// administrators, who do staff work too.
/// </summary>
public sealed record EscalateWaitingQuestions(int Max = 100) : IRequest<EscalationRound>;

public sealed class EscalateWaitingQuestionsHandler(IForumDb db, TimeProvider clock, SupportOptions options, Notifier notifier)
    : IRequestHandler<EscalateWaitingQuestions, EscalationRound>
{
    public async Task<EscalationRound> Handle(EscalateWaitingQuestions request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var priorityAskedBy = now - options.EscalatesAfter(SupportTier.Priority);
        var standardAskedBy = now - options.EscalatesAfter(SupportTier.Standard);
        var askedSince = now - options.EscalationWindow;
        var toNotify = await Unanswered()
            .Where(q => q.CreatedAt >= askedSince)
            .Where(q => (q.AskerTier == SupportTier.Priority && q.CreatedAt <= priorityAskedBy) || (q.AskerTier != SupportTier.Priority && q.CreatedAt <= standardAskedBy))
            .Where(q => !db.Escalations.Any(e => e.QuestionId == q.Id && e.Stage == EscalationStage.Notified))
            .OrderBy(q => q.CreatedAt).ThenBy(q => q.Id).Take(request.Max)
            .ToListAsync(cancellationToken);
        var notifiedBy = now - options.EscalationEmailDelay;
        var toEmail = await Unanswered()
            .Where(q => db.Escalations.Any(e => e.QuestionId == q.Id && e.Stage == EscalationStage.Notified && e.At <= notifiedBy))
            .Where(q => !db.Escalations.Any(e => e.QuestionId == q.Id && e.Stage == EscalationStage.Emailed))
            .OrderBy(q => q.CreatedAt).ThenBy(q => q.Id).Take(request.Max)
            .ToListAsync(cancellationToken);
        if (toNotify.Count == 0 && toEmail.Count == 0)
            return new EscalationRound(0, 0);

        var staff = await db.Members.AsNoTracking()
            .Where(m => m.Role == MemberRole.Staff || m.Role == MemberRole.Admin)
            .Select(m => m.Id).ToListAsync(cancellationToken);
        foreach (var question in toNotify)
        {
            var recipients = staff.Where(id => id != question.AuthorId).ToList();
            question.Escalated();
            db.Escalations.Add(new Escalation(question, EscalationStage.Notified, DueAt(question), recipients.Count, now));
            await notifier.NotifyInAppAsync(recipients, NotificationKind.Escalation, Phrase.Of("Escalation.Notified", Describe(question, now)), question, "", cancellationToken);
        }
        foreach (var question in toEmail)
        {
            var recipients = staff.Where(id => id != question.AuthorId).ToList();
            question.Escalated();
            db.Escalations.Add(new Escalation(question, EscalationStage.Emailed, DueAt(question), recipients.Count, now));
            await notifier.EmailAsync(recipients, NotificationKind.Escalation, Phrase.Of("Escalation.Emailed", Describe(question, now)), question, "", cancellationToken,
                emailDetail: Phrase.Of("Escalation.EmailDetail"));
        }
        await db.SaveChangesAsync(cancellationToken);
        return new EscalationRound(toNotify.Count, toEmail.Count);
    }

    /// <summary>Open public questions that nobody but their asker has answered, and that are not waiting for the asker.</summary>
    private IQueryable<Question> Unanswered() => db.Questions.Where(ContentVisibility.IsPublicQuestion)
        .Where(q => q.Status == QuestionStatus.Open && q.FirstResponseAt == null && q.NeedsInfoSince == null);

    private DateTimeOffset DueAt(Question question) => question.CreatedAt + options.Target(question.AskerTier);

    /// <summary>"a Priority question has waited 8 min without a response; its 10-minute target ends in 2 min."</summary>
    private Phrase Describe(Question question, DateTimeOffset now)
    {
        var tier = Phrase.Of(question.AskerTier == SupportTier.Priority ? "Escalation.Tier.Priority" : "Escalation.Tier.Standard");
        var target = (int)Math.Round(options.Target(question.AskerTier).TotalMinutes);
        var due = DueAt(question);
        var outcome = due > now ? Phrase.Of("Escalation.EndsIn", target, ResponseTimes.Brief(due - now))
            : now - due < TimeSpan.FromMinutes(1) ? Phrase.Of("Escalation.Up", target)
            : Phrase.Of("Escalation.Past", target, ResponseTimes.Brief(now - due));
        return Phrase.Of("Escalation.Waited", tier, ResponseTimes.Brief(now - question.CreatedAt), outcome);
    }
}

/// <summary>How many questions were escalated to the staff's notifications, and how many to their email.</summary>
public sealed record EscalationRound(int Notified, int Emailed);
