namespace Forum.Domain.Entities;

public enum QuestionStatus { Open = 0, Solved = 1, Locked = 2, Archived = 3, ClosedAsDuplicate = 4 }

public sealed class Question : Post
{
    private Question() { }

    public Question(Member author, Category category, string title, string slug, string markdown, string html, IEnumerable<Tag> tags, DateTimeOffset now)
    {
        AuthorId = author.Id;
        Author = author;
        CategoryId = category.Id;
        Category = category;
        Title = title;
        Slug = slug;
        SetBody(markdown, html);
        Tags = tags.ToList();
        AskerTier = author.Tier;
        CreatedAt = now;
        LastActivityAt = now;
    }

    public override PostType Type => PostType.Question;
    public string Title { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public int CategoryId { get; private set; }
    public Category? Category { get; private set; }
    public List<Tag> Tags { get; private set; } = [];
    public QuestionStatus Status { get; private set; }
    public int? AcceptedAnswerId { get; private set; }
    public int AnswerCount { get; private set; }
    public int MeTooCount { get; private set; }
    public int ViewCount { get; private set; }
    public DateTimeOffset LastActivityAt { get; private set; }
    /// <summary>When someone other than the asker first answered.</summary>
    public DateTimeOffset? FirstResponseAt { get; private set; }
    public SupportTier AskerTier { get; private set; }
    public List<Answer> Answers { get; private set; } = [];
    /// <summary>The original, when a moderator closed this question as its duplicate.</summary>
    public int? DuplicateOfQuestionId { get; private set; }

    public bool AcceptsNewAnswers => Status is QuestionStatus.Open or QuestionStatus.Solved && !IsDeleted;

    public void Edit(string title, string slug, string markdown, string html, IEnumerable<Tag> tags, DateTimeOffset now)
    {
        Title = title;
        Slug = slug;
        SetBody(markdown, html);
        Tags = tags.ToList();
        EditedAt = now;
        LastActivityAt = now;
        Touch();
    }

    /// <summary>Adds an answer; a held answer (<paramref name="holdReason"/>) counts only once a moderator approves it.</summary>
    public Answer AddAnswer(Member author, string markdown, string html, DateTimeOffset now, string? holdReason = null)
    {
        var answer = new Answer(this, author, markdown, html, now);
        Answers.Add(answer);
        if (holdReason is null)
            AnswerShown(answer, now);
        else
            answer.Hold(holdReason, now);
        Touch();
        return answer;
    }

    internal void AnswerShown(Answer answer, DateTimeOffset now)
    {
        AnswerCount++;
        LastActivityAt = now;
        if (FirstResponseAt is null && answer.AuthorId != AuthorId)
            FirstResponseAt = now;
        Touch();
    }

    internal void AnswerHidden()
    {
        AnswerCount--;
        Touch();
    }

    public void HoldForReview(string reason, DateTimeOffset now) => Hold(reason, now);

    public bool IsClosed => Status is QuestionStatus.Locked or QuestionStatus.ClosedAsDuplicate or QuestionStatus.Archived;

    public void Lock()
    {
        Status = QuestionStatus.Locked;
        Touch();
    }

    /// <summary>Reopens a locked or closed question: Solved when it has an accepted answer, Open otherwise.</summary>
    public void Reopen(DateTimeOffset now)
    {
        Status = AcceptedAnswerId is null ? QuestionStatus.Open : QuestionStatus.Solved;
        DuplicateOfQuestionId = null;
        LastActivityAt = now;
        Touch();
    }

    public void CloseAsDuplicateOf(Question original)
    {
        Status = QuestionStatus.ClosedAsDuplicate;
        DuplicateOfQuestionId = original.Id;
        Touch();
    }

    /// <summary>Read-only after a long time without activity; still readable and searchable.</summary>
    public void Archive()
    {
        Status = QuestionStatus.Archived;
        Touch();
    }

    internal void AnswerRemoved(DateTimeOffset now)
    {
        AnswerCount--;
        LastActivityAt = now;
        Touch();
    }

    public void Accept(Answer answer, DateTimeOffset now)
    {
        AcceptedAnswerId = answer.Id;
        if (Status == QuestionStatus.Open)
            Status = QuestionStatus.Solved;
        LastActivityAt = now;
        Touch();
    }

    public void WithdrawAcceptance(DateTimeOffset now)
    {
        AcceptedAnswerId = null;
        if (Status == QuestionStatus.Solved)
            Status = QuestionStatus.Open;
        LastActivityAt = now;
        Touch();
    }

    internal void CountMeToo() => MeTooCount++;

    public void Delete(DateTimeOffset now)
    {
        DeletedAt = now;
        Touch();
    }
}
