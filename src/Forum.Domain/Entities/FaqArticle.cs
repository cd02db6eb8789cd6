namespace Forum.Domain.Entities;

/// <summary>
/// An official FAQ article, promoted by staff from a verified answer. Its public text is always its current,
/// approved revision; proposed revisions wait for staff review. A draft (never published) is seen by staff only.
/// </summary>
public sealed class FaqArticle : ReviewedDocument<FaqRevision>
{
    private FaqArticle() { }

    public FaqArticle(string title, string slug, Category category, Answer source, string createdById, DateTimeOffset now)
    {
        Title = title;
        Slug = slug;
        CategoryId = category.Id;
        Category = category;
        SourceQuestionId = source.QuestionId;
        SourceAnswerId = source.Id;
        CreditedMemberId = source.AuthorId;
        CreatedById = createdById;
        CreatedAt = now;
        UpdatedAt = now;
        RelatedQuestionsDue = Guid.NewGuid();
    }

    public int Id { get; private set; }
    public string Title { get; private set; } = "";
    public string Slug { get; private set; } = "";
    public int CategoryId { get; private set; }
    public Category? Category { get; private set; }
    public int? SourceQuestionId { get; private set; }
    public int? SourceAnswerId { get; private set; }
    /// <summary>The author of the answer the article was promoted from: "Based on an answer by …".</summary>
    public string? CreditedMemberId { get; private set; }
    public Member? CreditedMember { get; private set; }
    public string CreatedById { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>When the current text was approved.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }
    /// <summary>When it was first published; null while it is a draft.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? ArchivedAt { get; private set; }

    /// <summary>
    /// Set when its stored list of related questions (<see cref="FaqRelatedQuestion"/>) must be ranked (it was promoted,
    /// a question on its list was retitled, or the list is old), to a new value each time, so that the job ranking it
    /// can tell whether it was marked again meanwhile; null once the list is up to date. The page shows the stored list
    /// meanwhile: the title it was ranked for never changes.
    /// </summary>
    public Guid? RelatedQuestionsDue { get; private set; }

    /// <summary>When its list of related questions was last ranked (null: never).</summary>
    public DateTimeOffset? RelatedQuestionsRankedAt { get; private set; }

    public bool IsPublished => PublishedAt is not null;
    public bool IsArchived => ArchivedAt is not null;

    /// <summary>The first text, written by the staff member who promotes the answer; approved at once.</summary>
    public FaqRevision StartWith(string markdown, string html, string summary, DateTimeOffset now)
    {
        var revision = Propose(markdown, html, summary, CreatedById, null, now);
        Approve(revision, CreatedById, now);
        return revision;
    }

    /// <param name="significant">The change matters to readers of the translations, which are then out of date once it is approved.</param>
    public FaqRevision Propose(string markdown, string html, string summary, string proposerId, long? baseRevisionId, DateTimeOffset now,
        bool significant = false)
    {
        var revision = new FaqRevision(this, NextRevisionNumber(), markdown, html, summary, proposerId, baseRevisionId, now);
        revision.CallSignificant(significant);
        return AddProposed(revision);
    }

    public void Approve(FaqRevision revision, string reviewerId, DateTimeOffset now)
    {
        MakeCurrent(revision, reviewerId, now);
        UpdatedAt = now;
    }

    /// <summary>Makes a draft public; returns false when it already was.</summary>
    public bool Publish(DateTimeOffset now)
    {
        if (IsPublished)
            return false;
        PublishedAt = now;
        Touch();
        return true;
    }

    public void Archive(DateTimeOffset now)
    {
        ArchivedAt ??= now;
        Touch();
    }
}

public enum FaqRevisionStatus { Proposed = 0, Approved = 1, Rejected = 2 }

/// <summary>One version of an article's text: proposed by a trusted member or staff, then approved or rejected by staff.</summary>
public sealed class FaqRevision : ReviewedText
{
    private FaqRevision() { }

    internal FaqRevision(FaqArticle article, int number, string markdown, string html, string summary, string proposerId, long? baseRevisionId, DateTimeOffset now)
        : base(number, markdown, html, summary, proposerId, baseRevisionId, now) => Article = article;

    public int ArticleId { get; private set; }
    public FaqArticle? Article { get; private set; }
    /// <summary>
    /// A change that matters to readers (not a typo): once approved, the article's translations are out of date. Said by
    /// the proposer; staff may say otherwise when approving.
    /// </summary>
    public bool IsSignificant { get; private set; }

    /// <summary>Staff decide, when approving, whether the change is significant.</summary>
    public void CallSignificant(bool significant) => IsSignificant = significant;
}

public enum FeedbackReason { Outdated = 1, Inaccurate = 2, Confusing = 3, DoesNotApply = 4 }

/// <summary>"Was this helpful?" from one member, or from one anonymous browser (by its cookie id).</summary>
public sealed class ArticleFeedback
{
    private ArticleFeedback() { }

    public ArticleFeedback(int articleId, string? memberId, string? browserId, bool helpful, FeedbackReason? reason, DateTimeOffset now)
    {
        ArticleId = articleId;
        MemberId = memberId;
        BrowserId = memberId is null ? browserId : null;
        CreatedAt = now;
        Change(helpful, reason, now);
    }

    public long Id { get; private set; }
    public int ArticleId { get; private set; }
    public string? MemberId { get; private set; }
    public string? BrowserId { get; private set; }
    public bool Helpful { get; private set; }
    public FeedbackReason? Reason { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>A second answer from the same person replaces the first; a reason only goes with "No".</summary>
    public void Change(bool helpful, FeedbackReason? reason, DateTimeOffset now)
    {
        Helpful = helpful;
        Reason = helpful ? null : reason ?? Reason;
        UpdatedAt = now;
    }
}

public enum SuggestionKind { Faq = 0, Question = 1 }

/// <summary>A suggestion the asker was shown (and maybe opened) on the Ask page before posting their question anyway.</summary>
public sealed class AskSuggestion
{
    private AskSuggestion() { }

    public AskSuggestion(Question question, SuggestionKind kind, int targetId, bool opened)
    {
        Question = question;
        Kind = kind;
        TargetId = targetId;
        Opened = opened;
    }

    public long Id { get; private set; }
    public int QuestionId { get; private set; }
    public Question? Question { get; private set; }
    public SuggestionKind Kind { get; private set; }
    /// <summary>The FAQ article's or the solved question's id, by <see cref="Kind"/>.</summary>
    public int TargetId { get; private set; }
    public bool Opened { get; private set; }
}
