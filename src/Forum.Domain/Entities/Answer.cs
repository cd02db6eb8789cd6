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
    public int QuestionId { get; private set; }
    public Question? Question { get; private set; }

    public void Edit(string markdown, string html, DateTimeOffset now)
    {
        SetBody(markdown, html);
        EditedAt = now;
        Touch();
    }

    public void Delete(Question question, DateTimeOffset now)
    {
        DeletedAt = now;
        question.AnswerRemoved(now);
        Touch();
    }
}
