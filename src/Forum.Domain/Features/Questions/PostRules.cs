namespace Forum.Domain.Features.Questions;

/// <summary>The limits on what a post may contain, shared by asking, answering and editing.</summary>
public static class PostRules
{
    public const int TitleMin = 15, TitleMax = 150, BodyMin = 30, BodyMax = 30_000;

    // The messages are said in the language of the request being validated.
    public static IRuleBuilderOptions<T, string> ValidTitle<T>(this IRuleBuilder<T, string> rule, IForumTexts texts) =>
        rule.Must(t => Text.CleanLine(t).Length is >= TitleMin and <= TitleMax)
            .Says(texts, "Validation.Post.Title", TitleMin, TitleMax);

    public static IRuleBuilderOptions<T, string> ValidBody<T>(this IRuleBuilder<T, string> rule, IForumTexts texts) =>
        rule.Must(b => Text.CleanBody(b).Length is >= BodyMin and <= BodyMax)
            .Says(texts, "Validation.Post.Body", BodyMin, BodyMax);

    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> ValidTags<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule, IForumTexts texts) =>
        rule.Must(t => Text.NormalizeTags(t).Count <= Text.MaxTags)
            .Says(texts, "Validation.Post.TagCount", Text.MaxTags)
            .Must(t => Text.NormalizeTags(t).All(Text.IsValidTag))
            .Says(texts, "Validation.Post.Tag");

    /// <summary>Finds the named tags, creating the ones that do not exist yet.</summary>
    public static async Task<List<Tag>> ResolveTagsAsync(IForumDb db, IReadOnlyList<string>? rawTags, CancellationToken ct)
    {
        var names = Text.NormalizeTags(rawTags);
        var existing = await db.Tags.Where(t => names.Contains(t.Name)).ToListAsync(ct);
        var created = names.Except(existing.Select(t => t.Name)).Select(n => new Tag(n)).ToList();
        db.Tags.AddRange(created);
        return [.. existing, .. created];
    }

    public static void EnsureExpectedVersion(Post post, Guid? expectedVersion)
    {
        if (expectedVersion is { } expected && expected != post.Version)
            throw new ConflictException("Someone else edited this post after you opened it. Reload to see their changes, then edit again.", said: Phrase.Of("Problem.EditedMeanwhile"));
    }

    /// <summary>An archived question and its answers are read-only.</summary>
    public static void EnsureNotArchived(Question question)
    {
        if (question.Status == QuestionStatus.Archived)
            throw new ConflictException("This question is archived and read-only.", said: Phrase.Of("Problem.QuestionArchived"));
    }
}
