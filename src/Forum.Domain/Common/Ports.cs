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
