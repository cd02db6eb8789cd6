namespace Forum.Domain.Common;

public interface IClock
{
    DateTimeOffset UtcNow { get; }
}

/// <summary>Who is sending the request; anonymous when <see cref="UserId"/> is null.</summary>
public interface ICurrentUser
{
    string? UserId { get; }
    bool IsInRole(string role);
}

/// <summary>Turns Markdown into HTML that is safe to put on a page.</summary>
public interface IMarkdownRenderer
{
    string ToSafeHtml(string markdown);
}

/// <summary>Signed, tamper-proof tokens for links sent by email; the payload is readable only by this site.</summary>
public interface ISignedTokens
{
    string Create(string purpose, string payload);
    /// <summary>The payload, or null when the token is not one this site made for <paramref name="purpose"/>.</summary>
    string? Read(string purpose, string token);
}
