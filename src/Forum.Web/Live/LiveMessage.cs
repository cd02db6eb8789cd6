namespace Forum.Web.Live;

/// <summary>What a page receives: which stream, which thread or queue item, what changed, and the post when it may be named.</summary>
public sealed record LiveMessage(string Stream, string Topic, string Change, int? PostId, string? By);
