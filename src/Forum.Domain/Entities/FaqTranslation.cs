namespace Forum.Domain.Entities;

/// <summary>
/// An FAQ article in another language than English, SUMO style: each text is a revision proposed by a localizer
/// (or staff) and reviewed by staff like the English revisions, and records the English revision it translates. When
/// a significant English revision is approved after that one, the translation is out of date until a translation of
/// the newer text is approved.
/// </summary>
public sealed class FaqTranslation : ReviewedDocument<FaqTranslationRevision>
{
    private FaqTranslation() { }

    public FaqTranslation(FaqArticle article, string language)
    {
        Article = article;
        ArticleId = article.Id;
        Language = language;
    }

    public int Id { get; private set; }
    public int ArticleId { get; private set; }
    public FaqArticle? Article { get; private set; }
    public string Language { get; private set; } = "";
    /// <summary>The title of the approved text; empty until the first translation is approved.</summary>
    public string Title { get; private set; } = "";
    /// <summary>The English revision the approved text translates.</summary>
    public long? SourceRevisionId { get; private set; }
    /// <summary>Since when a significant English change is missing from the approved text; null while it is up to date.</summary>
    public DateTimeOffset? OutOfDateSince { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public DateTimeOffset? UpdatedAt { get; private set; }

    public bool IsPublished => CurrentRevisionNumber > 0;
    public bool IsOutOfDate => OutOfDateSince is not null;

    public FaqTranslationRevision Propose(string title, string markdown, string html, string summary, string proposerId,
        FaqRevision source, long? baseRevisionId, DateTimeOffset now) =>
        AddProposed(new FaqTranslationRevision(this, NextRevisionNumber(), title, markdown, html, summary, proposerId, source.Id, baseRevisionId, now));

    /// <param name="outOfDate">A significant English revision newer than the one it translates was approved meanwhile.</param>
    public void Approve(FaqTranslationRevision revision, string reviewerId, bool outOfDate, DateTimeOffset now)
    {
        MakeCurrent(revision, reviewerId, now);
        Title = revision.Title;
        SourceRevisionId = revision.SourceRevisionId;
        OutOfDateSince = outOfDate ? OutOfDateSince ?? now : null;
        PublishedAt ??= now;
        UpdatedAt = now;
    }

    /// <summary>A significant English revision was approved: the approved text no longer says all the English one does.</summary>
    public void MarkOutOfDate(DateTimeOffset now)
    {
        if (!IsPublished || IsOutOfDate)
            return;
        OutOfDateSince = now;
        Touch();
    }
}

/// <summary>One proposed text of a translation: its title and body, and the English revision it translates.</summary>
public sealed class FaqTranslationRevision : ReviewedText
{
    private FaqTranslationRevision() { }

    internal FaqTranslationRevision(FaqTranslation translation, int number, string title, string markdown, string html, string summary,
        string proposerId, long sourceRevisionId, long? baseRevisionId, DateTimeOffset now)
        : base(number, markdown, html, summary, proposerId, baseRevisionId, now)
    {
        Translation = translation;
        Title = title;
        SourceRevisionId = sourceRevisionId;
    }

    public int TranslationId { get; private set; }
    public FaqTranslation? Translation { get; private set; }
    public string Title { get; private set; } = "";
    /// <summary>The English <see cref="FaqRevision"/> this text translates.</summary>
    public long SourceRevisionId { get; private set; }
    public FaqRevision? SourceRevision { get; private set; }
}
