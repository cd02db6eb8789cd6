namespace Forum.Domain.Entities;

/// <summary>
/// A text whose every change is a <typeparamref name="TRevision"/> proposed and reviewed by staff (an FAQ article, or
/// its translation into one language): readers see the approved revision, numbered 1, 2, 3… in the order proposed.
/// </summary>
public abstract class ReviewedDocument<TRevision> where TRevision : ReviewedText
{
    /// <summary>The <see cref="ReviewedText.Number"/> of the approved revision readers see; 0 while none is.</summary>
    public int CurrentRevisionNumber { get; private set; }
    /// <summary>The approved revision, when it is loaded.</summary>
    public TRevision? CurrentRevision => Revisions.FirstOrDefault(r => r.Number == CurrentRevisionNumber);
    public int RevisionCount { get; private set; }
    public List<TRevision> Revisions { get; private set; } = [];
    public Guid ConcurrencyStamp { get; private set; } = Guid.NewGuid();

    public void Reject(TRevision revision, string reviewerId, string comment, DateTimeOffset now)
    {
        revision.Review(FaqRevisionStatus.Rejected, reviewerId, comment, now);
        Touch();
    }

    /// <summary>The number a revision proposed now gets.</summary>
    protected int NextRevisionNumber() => ++RevisionCount;

    protected TRevision AddProposed(TRevision revision)
    {
        Revisions.Add(revision);
        Touch();
        return revision;
    }

    /// <summary>The revision is approved and becomes the text readers see.</summary>
    protected void MakeCurrent(TRevision revision, string reviewerId, DateTimeOffset now)
    {
        revision.Review(FaqRevisionStatus.Approved, reviewerId, null, now);
        CurrentRevisionNumber = revision.Number;
        Touch();
    }

    /// <summary>Any change gives the record a new stamp, so that a change saved at the same moment from an older copy fails.</summary>
    protected void Touch() => ConcurrencyStamp = Guid.NewGuid();
}
