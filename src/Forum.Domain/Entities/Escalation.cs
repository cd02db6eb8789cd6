namespace Forum.Domain.Entities;

/// <summary>How far a question waiting for its first response was escalated to the staff on duty.</summary>
public enum EscalationStage
{
    /// <summary>Near its target (Priority at 80%, Standard at 100%): the staff got a notification on the forum.</summary>
    Notified = 0,
    /// <summary>Still without a response a few minutes after that: the staff got an email.</summary>
    Emailed = 1,
}

/// <summary>
/// One stage of a question's escalation. There is at most one per question and stage: the database refuses a second
/// (the key is the pair), so runs on several nodes at the same moment escalate a question once.
/// </summary>
public sealed class Escalation
{
    private Escalation() { }

    /// <param name="dueAt">When the question's first-response target ends (asked + the target of its tier).</param>
    /// <param name="staffTold">How many staff members were told.</param>
    public Escalation(Question question, EscalationStage stage, DateTimeOffset dueAt, int staffTold, DateTimeOffset now)
    {
        QuestionId = question.Id;
        Question = question;
        Stage = stage;
        DueAt = dueAt;
        StaffTold = staffTold;
        At = now;
    }

    public int QuestionId { get; private set; }
    public Question? Question { get; private set; }
    public EscalationStage Stage { get; private set; }
    public DateTimeOffset At { get; private set; }
    /// <summary>The end of the question's first-response target as it was when it escalated: a response by then met it.</summary>
    public DateTimeOffset DueAt { get; private set; }
    public int StaffTold { get; private set; }
}
