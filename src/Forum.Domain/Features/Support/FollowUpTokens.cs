using System.Globalization;

namespace Forum.Domain.Features.Support;

/// <summary>The signed token in the "Is this still solved?" links: the question and when the link stops working.</summary>
public static class FollowUpTokens
{
    private const string Purpose = "Forum.FollowUp.v1";

    public static string Create(ISignedTokens tokens, int questionId, DateTimeOffset expires) =>
        tokens.Create(Purpose, $"{questionId}|{expires.ToUnixTimeSeconds()}");

    /// <summary>The question the token is for, or null when it is forged, garbled or for another purpose.</summary>
    public static (int QuestionId, DateTimeOffset Expires)? Read(ISignedTokens tokens, string token)
    {
        var parts = tokens.Read(Purpose, token)?.Split('|');
        if (parts is not [var id, var expires]
            || !int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var questionId)
            || !long.TryParse(expires, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return null;
        return (questionId, DateTimeOffset.FromUnixTimeSeconds(seconds));
    }
}
