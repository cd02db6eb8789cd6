namespace Forum.Domain.Features.Questions;

/// <summary>The limits on what a post may contain, shared by asking, answering and editing.</summary>
public static class PostRules
{
    public const int TitleMin = 15, TitleMax = 150, BodyMin = 30, BodyMax = 30_000;

    public static IRuleBuilderOptions<T, string> ValidTitle<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(t => Text.CleanLine(t).Length is >= TitleMin and <= TitleMax)
            .WithMessage($"The title must be between {TitleMin} and {TitleMax} characters.");

    public static IRuleBuilderOptions<T, string> ValidBody<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(b => Text.CleanBody(b).Length is >= BodyMin and <= BodyMax)
            .WithMessage($"The body must be between {BodyMin} and {BodyMax:N0} characters.");

    public static IRuleBuilderOptions<T, IReadOnlyList<string>?> ValidTags<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.Must(t => Text.NormalizeTags(t).Count <= Text.MaxTags)
            .WithMessage($"A question can have at most {Text.MaxTags} tags.")
            .Must(t => Text.NormalizeTags(t).All(Text.IsValidTag))
            .WithMessage("Tags are 1 to 25 characters: letters a-z, digits and . + # -, starting with a letter or digit.");

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
            throw new ConflictException("Someone else edited this post after you opened it. Reload to see their changes, then edit again.");
    }

    /// <summary>An archived question and its answers are read-only.</summary>
    public static void EnsureNotArchived(Question question)
    {
        if (question.Status == QuestionStatus.Archived)
            throw new ConflictException("This question is archived and read-only.");
    }
}
