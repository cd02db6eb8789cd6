using Forum.Domain.Common;
using Forum.Domain.Entities;
using Forum.Domain.Features.Moderation;
using Forum.Domain.Tests.Harness;

namespace Forum.Domain.Tests.Moderation;

/// <summary>Shortcuts for the moderation tests: reporters with the flag privilege, a moderator, flags and a moderator's decisions.</summary>
internal static class ModerationSamples
{
    public static readonly string[] Moderator = [Roles.Moderator];

    public static async Task<string[]> ReportersAsync(this ForumHarness forum, int count = 3)
    {
        var ids = new string[count];
        for (var i = 0; i < count; i++)
            ids[i] = await forum.CreateMemberAsync($"reporter{i}", 20);
        return ids;
    }

    public static Task<FlagResult> FlagAsync(this ForumHarness forum, string reporterId, PostType type, int postId, string reason = "spam") =>
        forum.SendAsync(reporterId, new FlagPost(type, postId, reason, reason == "needs-moderator" ? "Please look at this." : null));

    public static async Task FlagByAllAsync(this ForumHarness forum, IEnumerable<string> reporters, PostType type, int postId, string reason = "spam")
    {
        foreach (var reporter in reporters)
            await forum.FlagAsync(reporter, type, postId, reason);
    }

    public static Task<ModerationResult> ModerateAsync(this ForumHarness forum, string moderatorId, IModerationRequest request) =>
        forum.SendAsync(moderatorId, request, Roles.Moderator);
}
