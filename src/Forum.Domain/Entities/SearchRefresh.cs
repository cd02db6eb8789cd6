namespace Forum.Domain.Entities;

/// <summary>
/// A question whose search document is due to be rebuilt: written in the same transaction as the change to the
/// question or its answers, so a committed change is always indexed, and removed in the transaction that rebuilds the
/// document (<see cref="Features.Search.RefreshSearchDocuments"/>), a moment after the request. Rows are only added and
/// deleted; a question changed twice before the refresh has two rows and is rebuilt once.
/// </summary>
public sealed class SearchRefresh
{
    private SearchRefresh() { }

    public SearchRefresh(int questionId) => QuestionId = questionId;

    public long Id { get; private set; }

    /// <summary>Not a foreign key: a question removed for good has no document to rebuild, and its rows do no harm.</summary>
    public int QuestionId { get; private set; }
}
