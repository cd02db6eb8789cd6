namespace Forum.Domain.Features.Live;

/// <summary>Who hears of a change while their page is open.</summary>
public enum LiveStream
{
    /// <summary>The readers of one question's page (<see cref="LiveEvent.Topic"/>: the question's id).</summary>
    Thread,
    /// <summary>Members watching the Needs attention queue.</summary>
    NeedsAttention,
    /// <summary>Moderators and staff watching the moderation queue.</summary>
    Moderation,
    /// <summary>One member (<see cref="LiveEvent.Topic"/>: the member's id), e.g. about their notifications.</summary>
    Member,
}

/// <summary>
/// A committed change, told to the open pages that show it. It carries ids only: a page fetches what changed over HTTP,
/// through the same authorization and rendering as any other request, so an event never carries content.
/// </summary>
/// <param name="Change">What happened, e.g. <c>answer-posted</c>; the page decides what to fetch.</param>
/// <param name="PostId">The post concerned, when everyone in the stream may see it.</param>
public sealed record LiveEvent(LiveStream Stream, string Topic, string Change, int? PostId = null)
{
    public static LiveEvent ToThread(int questionId, string change, int? postId = null) =>
        new(LiveStream.Thread, questionId.ToString(System.Globalization.CultureInfo.InvariantCulture), change, postId);

    public static LiveEvent ToNeedsAttention(int questionId, string change) =>
        new(LiveStream.NeedsAttention, "", change, questionId);

    public static LiveEvent ToModerators(string change, int? postId = null) => new(LiveStream.Moderation, "", change, postId);

    public static LiveEvent ToMember(string memberId, string change) => new(LiveStream.Member, memberId, change);
}

/// <summary>Sends committed changes to the pages open on them (on every node of the forum).</summary>
public interface ILiveUpdates
{
    Task PublishAsync(IReadOnlyList<LiveEvent> events, CancellationToken ct);
}
