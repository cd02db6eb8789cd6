namespace Forum.Domain.Entities;

/// <summary>
/// A text proposed for staff review, numbered within what it changes: an FAQ article's revision or a translation's.
/// Staff approve or reject it once; an edit started from an older approved text is refused.
/// </summary>
public abstract class ReviewedText
{
    protected ReviewedText() { }

    protected ReviewedText(int number, string markdown, string html, string summary, string proposerId, long? baseRevisionId, DateTimeOffset now)
    {
        Number = number;
        BodyMarkdown = markdown;
        BodyHtml = html;
        Summary = summary;
        ProposedById = proposerId;
        BaseRevisionId = baseRevisionId;
        ProposedAt = now;
    }

    public long Id { get; private set; }
    /// <summary>1, 2, 3… within the article or translation, in the order proposed.</summary>
    public int Number { get; private set; }
    public string BodyMarkdown { get; private set; } = "";
    public string BodyHtml { get; private set; } = "";
    public string Summary { get; private set; } = "";
    public string ProposedById { get; private set; } = "";
    public Member? ProposedBy { get; private set; }
    public DateTimeOffset ProposedAt { get; private set; }
    /// <summary>The approved text current when the edit was started (null for the first); an edit of an older one is refused.</summary>
    public long? BaseRevisionId { get; private set; }
    public FaqRevisionStatus Status { get; private set; }
    public string? ReviewedById { get; private set; }
    public Member? ReviewedBy { get; private set; }
    public DateTimeOffset? ReviewedAt { get; private set; }
    /// <summary>Why staff rejected it; the proposer sees it in the history.</summary>
    public string? ReviewComment { get; private set; }

    internal void Review(FaqRevisionStatus status, string reviewerId, string? comment, DateTimeOffset now)
    {
        Status = status;
        ReviewedById = reviewerId;
        ReviewComment = comment;
        ReviewedAt = now;
    }
}
