using System.Security.Claims;
using Microsoft.AspNetCore.SignalR;

namespace Forum.Web.Live;

/// <summary>
/// The one connection a page with a live need opens. A page asks to follow what it shows; the hub lets it only where
/// its user may see it (a thread through the visibility rule, the moderation queue for moderators and staff), and
/// a member hears of their own notifications. What is sent is <see cref="LiveEvent"/>s: ids, never content.
/// </summary>
public sealed class ForumHub(IMediator mediator, CurrentUser currentUser) : Hub
{
    public const string Path = "/live";
    public const string EventName = "changed";
    public const string NeedsAttentionGroup = "needs-attention";
    public const string ModerationGroup = "moderation";

    public static string ThreadGroup(string questionId) => "thread:" + questionId;

    /// <returns>Whether the page now follows the question (false: it may not see it).</returns>
    public async Task<bool> FollowThread(int questionId)
    {
        ActAsTheConnectionsUser();
        if (!await mediator.Send(new CanFollowThread(questionId), Context.ConnectionAborted))
            return false;
        await Groups.AddToGroupAsync(Context.ConnectionId, ThreadGroup(questionId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return true;
    }

    public async Task<bool> FollowNeedsAttention()
    {
        if (Context.UserIdentifier is null)
            return false;
        await Groups.AddToGroupAsync(Context.ConnectionId, NeedsAttentionGroup);
        return true;
    }

    public async Task<bool> FollowModeration()
    {
        ActAsTheConnectionsUser();
        if (!Domain.Common.Roles.IsModeratorOrStaff(currentUser))
            return false;
        await Groups.AddToGroupAsync(Context.ConnectionId, ModerationGroup);
        return true;
    }

    /// <summary>A hub call is not an HTTP request: the forum's current user is the connection's.</summary>
    private void ActAsTheConnectionsUser()
    {
        if (Context.UserIdentifier is { } id)
            currentUser.RunAs(id, [.. Context.User!.FindAll(ClaimTypes.Role).Select(c => c.Value)]);
    }
}
