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

    public Answer AddAnswer(Member author, string markdown, string html, DateTimeOffset now)
    {
        var answer = new Answer(this, author, markdown, html, now);
        Answers.Add(answer);
        AnswerCount++;
        LastActivityAt = now;
        if (FirstResponseAt is null && author.Id != AuthorId)
            FirstResponseAt = now;
        Touch();
        return answer;
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
