namespace Forum.Domain.Entities;

/// <summary>
/// One place in an FAQ article's stored list of related solved questions, closest to its title first: the list is ranked
/// by the search engine in the background (<see cref="FaqArticle.RelatedQuestionsDue"/>), not when the page is read.
/// The page reads the list with the questions as they are now (title, whether they are still public and solved).
/// </summary>
public sealed class FaqRelatedQuestion
{
    /// <summary>How many of the closest are kept: twice the five a page shows, so that one hidden or reopened since leaves room for the next.</summary>
    public const int Kept = 10;

    private FaqRelatedQuestion() { }

    public FaqRelatedQuestion(int articleId, int position, int questionId)
    {
        ArticleId = articleId;
        Position = position;
        QuestionId = questionId;
    }

    public int ArticleId { get; private set; }

    /// <summary>0 for the closest.</summary>
    public int Position { get; private set; }

    public int QuestionId { get; private set; }
}
