namespace Forum.Domain.Entities;

/// <summary>
/// One place in a question's stored list of similar questions, closest first: the list is ranked by the search
/// engine when the question is asked or edited (<see cref="Question.SimilarQuestionsDue"/>), not when it is read.
/// The page reads the list with the similar questions as they are now (title, status, whether they are still public).
/// </summary>
public sealed class SimilarQuestionLink
{
    /// <summary>How many of the closest are kept: twice the five a page shows, so that the solved ones can go first.</summary>
    public const int Kept = 10;

    private SimilarQuestionLink() { }

    public SimilarQuestionLink(int questionId, int position, int similarQuestionId)
    {
        QuestionId = questionId;
        Position = position;
        SimilarQuestionId = similarQuestionId;
    }

    public int QuestionId { get; private set; }

    /// <summary>0 for the closest.</summary>
    public int Position { get; private set; }

    public int SimilarQuestionId { get; private set; }
}
