using System.Text.RegularExpressions;

namespace Forum.Domain.Tests.Architecture;

/// <summary>
/// Who sees a hidden, held or deleted post is decided in one place (ContentVisibility, and the Lookups that load
/// through it). A query that tests <c>DeletedAt</c> or <c>HiddenAt</c> itself is how a leak starts, so none may.
/// </summary>
public sealed partial class VisibilityRuleTests
{
    /// <summary>Where the rule lives, and the entity whose state it reads.</summary>
    private static readonly string[] RuleFiles =
    [
        "src/Forum.Domain/Features/Moderation/ContentVisibility.cs",
        "src/Forum.Domain/Entities/Post.cs",
    ];

    [GeneratedRegex(@"\b(DeletedAt|HiddenAt)\b[""\]]?\s*(==|!=|\bis\b|\.HasValue)", RegexOptions.IgnoreCase)]
    private static partial Regex TestsModerationState();

    [Fact]
    public void No_code_outside_the_visibility_rule_tests_whether_a_post_is_deleted_or_hidden()
    {
        var offences = Repository.SourceLinesMatching(TestsModerationState(), file => file.EndsWith(".cs", StringComparison.Ordinal) && !RuleFiles.Contains(file));

        Assert.True(offences.Count == 0,
            "Filter through ContentVisibility (VisibleTo, IsPublicQuestion, IsLiveQuestion...) or load through Lookups (FindVisibleQuestionAsync...) instead:\n"
            + string.Join("\n", offences));
    }

    [Fact]
    public void The_check_recognises_a_hand_written_filter()
    {
        Assert.Matches(TestsModerationState(), "db.Questions.Where(q => q.Id == id && q.DeletedAt == null)");
        Assert.Matches(TestsModerationState(), "\"[HiddenAt] IS NULL\"");
        Assert.DoesNotMatch(TestsModerationState(), "PostModeration.Of(q.DeletedAt, q.DeletedReason, q.HiddenAt, q.IsHeld, q.HiddenReason)");
    }
}
