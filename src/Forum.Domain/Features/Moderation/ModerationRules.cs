namespace Forum.Domain.Features.Moderation;

/// <summary>The moderation thresholds (DESIGN §4, issue 3); bound from "Forum:Moderation".</summary>
public sealed class ModerationRules
{
    /// <summary>Pending spam or abusive flags from distinct members that hide a post at once (one from a moderator is enough).</summary>
    public int AutoHideFlags { get; set; } = 3;
    /// <summary>Below this reputation a member's first post with a link or a phone number waits for approval.</summary>
    public int TrustedReputation { get; set; } = 15;
    /// <summary>The same text posted again by the same member within this many minutes is held.</summary>
    public int DuplicateTextMinutes { get; set; } = 10;
    /// <summary>A member under <see cref="TrustedReputation"/> whose posts with links reach this number within <see cref="LinkBurstMinutes"/> is held.</summary>
    public int LinkBurstPosts { get; set; } = 3;
    public int LinkBurstMinutes { get; set; } = 10;
    /// <summary>What a post removed as spam or abusive costs its author.</summary>
    public int RemovedAsSpamPenalty { get; set; } = -100;
    /// <summary>Questions with no activity for this many days are archived.</summary>
    public int ArchiveAfterDays { get; set; } = 180;
}

/// <summary>The words the API and the pages use for flag reasons and moderator actions.</summary>
public static class ModerationCodes
{
    public static readonly IReadOnlyDictionary<string, FlagReason> FlagReasons = new Dictionary<string, FlagReason>
    {
        ["spam"] = FlagReason.Spam,
        ["abusive"] = FlagReason.Abusive,
        ["off-topic"] = FlagReason.OffTopic,
        ["not-an-answer"] = FlagReason.NotAnAnswer,
        ["duplicate"] = FlagReason.Duplicate,
        ["needs-moderator"] = FlagReason.NeedsModerator,
    };

    public static readonly IReadOnlyDictionary<string, ModerationActionType> Actions = new Dictionary<string, ModerationActionType>
    {
        ["approve"] = ModerationActionType.Approve,
        ["dismiss"] = ModerationActionType.Dismiss,
        ["hide"] = ModerationActionType.Hide,
        ["delete"] = ModerationActionType.Delete,
        ["restore"] = ModerationActionType.Restore,
        ["lock"] = ModerationActionType.Lock,
        ["unlock"] = ModerationActionType.Unlock,
        ["close-duplicate"] = ModerationActionType.CloseDuplicate,
        ["suspend-author"] = ModerationActionType.SuspendAuthor,
        ["purge-author"] = ModerationActionType.PurgeAuthor,
    };

    /// <summary>Suspension lengths a moderator can choose, in days; 0 is permanent.</summary>
    public static readonly int[] SuspensionDays = [1, 7, 30, 0];
    /// <summary>The longest reason a moderator can give for the audit log.</summary>
    public const int ReasonMax = 500;

    public static string Code(FlagReason reason) => FlagReasons.First(p => p.Value == reason).Key;

    public static string Code(ModerationActionType action) => action switch
    {
        ModerationActionType.AutoHide => "auto-hide",
        ModerationActionType.Hold => "hold",
        ModerationActionType.LiftSuspension => "lift-suspension",
        ModerationActionType.AccountDeleted => "account-deleted",
        ModerationActionType.AccountRemoved => "account-removed",
        _ => Actions.First(p => p.Value == action).Key,
    };

    /// <summary>What an audit line says happened, in words ("held for review", "deleted").</summary>
    public static string Describe(string actionCode) => actionCode switch
    {
        "approve" => "approved",
        "dismiss" => "flags dismissed",
        "hide" => "hidden",
        "delete" => "deleted",
        "restore" => "restored",
        "lock" => "locked",
        "unlock" => "unlocked",
        "close-duplicate" => "closed as a duplicate",
        "suspend-author" => "author suspended",
        "purge-author" => "author suspended and posts removed",
        "auto-hide" => "hidden on flags",
        "hold" => "held for review",
        "lift-suspension" => "suspension lifted",
        "account-deleted" => "account deleted by its member",
        "account-removed" => "account removed",
        _ => actionCode,
    };

    public static string Describe(FlagReason reason) => reason switch
    {
        FlagReason.Spam => "spam",
        FlagReason.Abusive => "rude or abusive",
        FlagReason.OffTopic => "off-topic",
        FlagReason.NotAnAnswer => "not an answer",
        FlagReason.Duplicate => "duplicate",
        _ => "needs a moderator",
    };

    public static string PostTypeCode(PostType type) => type == PostType.Question ? "question" : "answer";

    public static bool IsSpamOrAbuse(string? reason) =>
        reason is not null && (reason.Trim().Equals("spam", StringComparison.OrdinalIgnoreCase) || reason.Trim().Equals("abusive", StringComparison.OrdinalIgnoreCase));
}
