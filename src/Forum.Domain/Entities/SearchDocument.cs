namespace Forum.Domain.Entities;

/// <summary>
/// What a question or a published FAQ article is found by: for a question, its title and the plain text of its
/// body and of its visible answers; for an FAQ article, its title and the text of its current approved revision.
/// Exactly one of <see cref="QuestionId"/> and <see cref="FaqArticleId"/> is set; an FAQ article has one document in
/// English and one per published translation (its <see cref="Language"/>). Kept up to date in the same
/// transaction as every change to what it indexes; each database's full-text index follows this table (see
/// Infrastructure/Persistence/Sql/SearchSql.cs).
/// </summary>
public sealed class SearchDocument
{
    /// <summary>The most text a document holds: the question first, then its answers, best first.</summary>
    public const int MaxBodyLength = 100_000;

    private SearchDocument() { }

    private SearchDocument(int? questionId, int? faqArticleId, string language, string title, string body)
    {
        QuestionId = questionId;
        FaqArticleId = faqArticleId;
        Language = language;
        Update(title, body);
    }

    /// <param name="language">The question's language.</param>
    public static SearchDocument ForQuestion(int questionId, string language, string title, string body) => new(questionId, null, language, title, body);

    /// <param name="language">English for the article's own text, else the language of the translation.</param>
    public static SearchDocument ForFaqArticle(int articleId, string language, string title, string body) => new(null, articleId, language, title, body);

    /// <summary>The row's own key, which the full-text engines use as the document's key.</summary>
    public int Id { get; private set; }
    public int? QuestionId { get; private set; }
    public int? FaqArticleId { get; private set; }
    /// <summary>
    /// The language the text is written in (one of <see cref="Languages.All"/>): PostgreSQL stems it with that
    /// language's text-search configuration, and search offers the reader's language first.
    /// </summary>
    public string Language { get; private set; } = Languages.English;
    public string Title { get; private set; } = "";
    public string Body { get; private set; } = "";

    /// <summary>Returns whether anything changed.</summary>
    public bool Update(string language, string title, string body)
    {
        var moved = language != Language;
        Language = language;
        return Update(title, body) || moved;
    }

    private bool Update(string title, string body)
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
