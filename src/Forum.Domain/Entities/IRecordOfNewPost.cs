namespace Forum.Domain.Entities;

/// <summary>
/// A record about a post written in the same unit of work as the post itself (a hold noted as a new post is held, an
/// automatic flag on it): the post has no id until the database gives it one, so the record is written after it.
/// </summary>
public interface IRecordOfNewPost
{
    bool AwaitsPostId { get; }

    /// <summary>Takes the ids of the post once it is saved.</summary>
    void TakePostId();
}
