namespace Forum.Domain.Entities;

/// <summary>What a notification is about; each kind has its own email preference.</summary>
public enum NotificationKind
{
    /// <summary>Your question was received, with the expected response time.</summary>
    QuestionReceived = 0,
    NewAnswerOnYourQuestion = 1,
    NewAnswerOnWatchedQuestion = 2,
    AnswerAccepted = 3,
    Mention = 4,
    FollowUp = 5,
    AnswerVerified = 6,
    AnswerPromoted = 7,
    FlagOutcome = 8,
    FaqRevisionReviewed = 9,
    NeedsMoreInfo = 10,
    BadgeEarned = 11,
    /// <summary>A moderator (or members' flags) hid or removed your post: what, why, and how to ask for a review.</summary>
    PostModerated = 12,
    /// <summary>For staff: a question is about to miss its first-response target (or did) and nobody has answered.</summary>
    Escalation = 13,
}

/// <summary>An in-app notification for one member.</summary>
public sealed class Notification
{
    public const int TextMax = 300, UrlMax = 500;

    private Notification() { }

    /// <param name="link">With a question: a fragment on its page (e.g. "#answer-3"); without: a site path.</param>
    public Notification(string memberId, NotificationKind kind, string text, Question? question, string link, DateTimeOffset now)
    {
        MemberId = memberId;
        Kind = kind;
        Text = text.Length > TextMax ? text[..(TextMax - 1)] + "…" : text;
        Question = question;
        QuestionId = question?.Id;
        Link = link.Length > UrlMax ? "" : link;
        CreatedAt = now;
    }

    public long Id { get; private set; }
    public string MemberId { get; private set; } = "";
    public NotificationKind Kind { get; private set; }
    public string Text { get; private set; } = "";
    public string Link { get; private set; } = "";
    public int? QuestionId { get; private set; }
    public Question? Question { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}

/// <summary>A member follows a question: they hear about new answers to it.</summary>
public sealed class Watch
{
    private Watch() { }

    public Watch(Question question, string memberId, DateTimeOffset now)
    {
        Question = question;
        QuestionId = question.Id;
        MemberId = memberId;
        CreatedAt = now;
    }

    public int QuestionId { get; private set; }
    public Question? Question { get; private set; }
    public string MemberId { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
}

/// <summary>A member's choice whether a kind of notification also comes by email (the default is yes).</summary>
public sealed class EmailPreference
{
    private EmailPreference() { }

    public EmailPreference(string memberId, NotificationKind kind, bool sendEmail)
    {
        MemberId = memberId;
        Kind = kind;
        SendEmail = sendEmail;
    }

    public string MemberId { get; private set; } = "";
    public NotificationKind Kind { get; private set; }
    public bool SendEmail { get; private set; }

    public void Change(bool sendEmail) => SendEmail = sendEmail;
}

/// <summary>
/// An email waiting to be sent, written in the same transaction as the event that caused it, so that a committed
/// event is emailed at least once even if the process stops before sending. The recipient's address is looked up
/// when it is sent.
/// </summary>
public sealed class OutboxMessage
{
    public const int SubjectMax = 200;

    private OutboxMessage() { }

    public OutboxMessage(string memberId, string subject, string htmlBody, DateTimeOffset now)
    {
        MemberId = memberId;
        Subject = subject.Length > SubjectMax ? subject[..(SubjectMax - 1)] + "…" : subject;
        HtmlBody = htmlBody;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public long Id { get; private set; }
    public string MemberId { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public string HtmlBody { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset? NextAttemptAt { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public string? LastError { get; private set; }

    public void Sent(DateTimeOffset now)
    {
        Attempts++;
        SentAt = now;
        NextAttemptAt = null;
        LastError = null;
    }

    /// <summary>Schedules the next try with exponential backoff; after <paramref name="maxAttempts"/> it stops trying.</summary>
    public void Failed(string error, DateTimeOffset now, TimeSpan firstDelay, int maxAttempts)
    {
        Attempts++;
        LastError = error.Length > 1000 ? error[..1000] : error;
        NextAttemptAt = Attempts >= maxAttempts ? null : now + firstDelay * Math.Pow(2, Attempts - 1);
    }
}
