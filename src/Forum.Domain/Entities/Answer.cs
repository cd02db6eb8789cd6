namespace Forum.Domain.Entities;

public sealed class Answer : Post
{
    private Answer() { }

    internal Answer(Question question, Member author, string markdown, string html, DateTimeOffset now)
    {
        Question = question;
        QuestionId = question.Id;
        AuthorId = author.Id;
        Author = author;
        SetBody(markdown, html);
        CreatedAt = now;
    }

    public override PostType Type => PostType.Answer;
    public override int ThreadQuestionId => QuestionId;
    public int QuestionId { get; private set; }
    public Question? Question { get; private set; }
    /// <summary>The staff member who marked this answer as official, and when; null when it is not verified.</summary>
    public string? VerifiedById { get; private set; }
    public DateTimeOffset? VerifiedAt { get; private set; }

    public bool IsVerified => VerifiedAt is not null;

    /// <summary>Staff mark the answer official; returns false when it already was.</summary>
    public bool Verify(string staffId, DateTimeOffset now)
    {
        if (IsVerified)
            return false;
        VerifiedById = staffId;
        VerifiedAt = now;
        Touch();
        return true;
    }

    /// <summary>Takes the official mark away; returns who had given it, or null when it was not verified.</summary>
    public string? WithdrawVerification()
    {
        if (!IsVerified)
            return null;
        var verifier = VerifiedById;
        VerifiedById = null;
        VerifiedAt = null;
        Touch();
        return verifier;
    }

    public void Edit(string markdown, string html, DateTimeOffset now)
    {
        SetBody(markdown, html);
        EditedAt = now;
        Touch();
    }

    public void Delete(Question question, DateTimeOffset now)
    {
        if (IsPublic)
            question.AnswerRemoved(now);
        DeletedAt = now;
        Touch();
    }

    // Hidden, held and removed answers do not count towards the question's answers; the question must be loaded.
    public override void Hide(string? moderatorId, string reason, DateTimeOffset now)
    {
        if (IsPublic)
            Question!.AnswerHidden();
        base.Hide(moderatorId, reason, now);
    }

    public override void Remove(string moderatorId, string reason, DateTimeOffset now)
    {
        if (IsPublic)
            Question!.AnswerHidden();
        base.Remove(moderatorId, reason, now);
    }

    public override void Restore(DateTimeOffset now)
    {
        if (!IsPublic)
            Question!.AnswerShown(this, now);
        base.Restore(now);
    }
}
