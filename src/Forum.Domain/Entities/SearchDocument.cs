namespace Forum.Domain.Entities;

/// <summary>
/// What a question is found by: its title and the plain text of its body and of its visible answers.
/// Kept up to date in the same transaction as every change to the question or its answers; each database's
/// full-text index follows this table (see Infrastructure/Persistence/Sql/SearchSql.cs).
/// </summary>
public sealed class SearchDocument
{
    /// <summary>The most text a document holds: the question first, then its answers, best first.</summary>
    public const int MaxBodyLength = 100_000;

    private SearchDocument() { }

    public SearchDocument(int questionId, string title, string body)
    {
        QuestionId = questionId;
        Update(title, body);
    }

    public int QuestionId { get; private set; }
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";

    /// <summary>Returns whether anything changed.</summary>
    public bool Update(string title, string body)
    {
        if (body.Length > MaxBodyLength)
            body = body[..(char.IsHighSurrogate(body[MaxBodyLength - 1]) ? MaxBodyLength - 1 : MaxBodyLength)];
        if (title == Title && body == Body)
            return false;
        Title = title;
        Body = body;
        return true;
    }
}
