namespace Forum.Web.Api;

/// <summary>How many of the member's notifications are unread.</summary>
public sealed record UnreadNotifications(int Unread);
