using System.Text.RegularExpressions;

namespace Forum.Domain.Features.Faq;

/// <summary>What the FAQ use cases share: limits, look-ups and the composition of a promoted article.</summary>
public static partial class FaqRules
{
    public const int SummaryMax = 300, CommentMax = 1000, ProblemMax = 1000, SlugMax = 100;

    public static IRuleBuilderOptions<T, string?> ValidSummary<T>(this IRuleBuilder<T, string?> rule, IForumTexts texts) =>
        rule.Must(s => Text.CleanLine(s).Length <= SummaryMax).Says(texts, "Validation.Faq.SummaryLength", SummaryMax);

    /// <summary>The staff review queue: the texts waiting for review, oldest first, at most 50.</summary>
    public static IQueryable<T> ReviewQueue<T>(this IQueryable<T> texts) where T : ReviewedText =>
        texts.Where(r => r.Status == FaqRevisionStatus.Proposed).OrderBy(r => r.ProposedAt).ThenBy(r => r.Id).Take(50);

    /// <summary>Why staff reject a proposal, told to its author in the words of <paramref name="messageKey"/>.</summary>
    public static IRuleBuilderOptions<T, string> ValidReviewComment<T>(this IRuleBuilder<T, string> rule, IForumTexts texts, string messageKey) =>
        rule.Must(c => Text.CleanBody(c).Length is > 0 and <= CommentMax).Says(texts, messageKey, CommentMax);

    /// <summary>A slug as typed in an address: short and made of URL-safe characters only.</summary>
    public static IRuleBuilderOptions<T, string> ValidSlug<T>(this IRuleBuilder<T, string> rule, IForumTexts texts) =>
        rule.Must(s => s is not null && SlugForm().IsMatch(s)).Says(texts, "Validation.Faq.Slug");

    [GeneratedRegex("^[a-z0-9-]{1,100}$")]
    private static partial Regex SlugForm();

    /// <summary>Loads the article's current revision into <see cref="FaqArticle.CurrentRevision"/>.</summary>
    public static async Task LoadCurrentRevisionAsync(this IForumDb db, FaqArticle article, CancellationToken ct) =>
        await db.FaqRevisions.Where(r => r.ArticleId == article.Id && r.Number == article.CurrentRevisionNumber).LoadAsync(ct);

    /// <summary>Addresses under /faq that are pages or API routes rather than articles.</summary>
    private static readonly string[] ReservedSlugs = ["question", "suggest", "report", "revisions", "review", "promote", "translations"];

    /// <summary>A free address for a new article: the slug of its title, with -2, -3… when taken.</summary>
    public static async Task<string> AllocateSlugAsync(IForumDb db, string title, CancellationToken ct)
    {
        var slug = Text.Slugify(title);
        if (ReservedSlugs.Contains(slug))
            slug += "-article";
        var taken = await db.FaqArticles.Where(a => a.Slug == slug || a.Slug.StartsWith(slug + "-")).Select(a => a.Slug).ToListAsync(ct);
        if (!taken.Contains(slug))
            return slug;
        var n = 2;
        while (taken.Contains($"{slug}-{n}"))
            n++;
        return $"{slug}-{n}";
    }

    /// <summary>The article text: a short problem statement, then the solution.</summary>
    public static string ComposeBody(string problem, string solution) =>
        problem.Length == 0 ? solution : $"## The problem\n\n{problem}\n\n## The solution\n\n{solution}";

    /// <summary>A short problem statement from a question: its first paragraph, cut at a sentence near 300 characters.</summary>
    public static string ProblemFrom(string questionMarkdown)
    {
        var paragraph = Text.CleanBody(questionMarkdown).Split("\n\n", 2)[0].Trim();
        if (paragraph.Length <= 300)
            return paragraph;
        var cut = paragraph.LastIndexOf(". ", 300, StringComparison.Ordinal);
        return cut > 80 ? paragraph[..(cut + 1)] : paragraph[..300].TrimEnd() + "…";
    }

    /// <summary>Why an answer cannot be promoted (the refusal, to throw or to show), or null when it can.</summary>
    public static ConflictException? WhyNotPromotable(bool isRemoved, bool isVerified) =>
        isRemoved ? new ConflictException("This answer has been deleted or hidden by a moderator, so it cannot go into the FAQ.", said: Phrase.Of("Problem.PromoteRemoved"))
        : !isVerified ? new ConflictException("Only staff-verified answers can go into the FAQ; verify the answer first.", said: Phrase.Of("Problem.PromoteUnverified"))
        : null;

    public static void EnsureBodyLength(string body, string field = "Body")
    {
        if (body.Length is < PostRules.BodyMin or > PostRules.BodyMax)
            throw new RuleViolationException(field, $"The text must be between {PostRules.BodyMin} and {PostRules.BodyMax:N0} characters.",
                Phrase.Of("Validation.CommonResponse.Body", PostRules.BodyMin, PostRules.BodyMax));
    }
}
