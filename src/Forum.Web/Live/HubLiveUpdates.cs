using Microsoft.AspNetCore.SignalR;

namespace Forum.Web.Live;

/// <summary>Sends committed changes to the hub's groups (through the Redis backplane to every node, when configured).</summary>
public sealed class HubLiveUpdates(IHubContext<ForumHub> hub, IHttpContextAccessor http) : ILiveUpdates
{
    public async Task PublishAsync(IReadOnlyList<LiveEvent> events, CancellationToken ct)
    {
        // Who made the change, for "handled by …" in the moderation queue: the member whose request committed it.
        var by = http.HttpContext?.User.FindFirst(ForumClaimsPrincipalFactory.DisplayNameClaim)?.Value;
        foreach (var e in events)
        {
            var clients = e.Stream switch
            {
                LiveStream.Thread => hub.Clients.Group(ForumHub.ThreadGroup(e.Topic)),
                LiveStream.NeedsAttention => hub.Clients.Group(ForumHub.NeedsAttentionGroup),
                LiveStream.Moderation => hub.Clients.Group(ForumHub.ModerationGroup),
                _ => hub.Clients.User(e.Topic),
            };
            var message = new LiveMessage(e.Stream.ToString().ToLowerInvariant(), e.Stream == LiveStream.Member ? "" : e.Topic, e.Change, e.PostId,
                e.Stream == LiveStream.Moderation ? by : null);
            await clients.SendAsync(ForumHub.EventName, message, ct);
        }
    }
}
