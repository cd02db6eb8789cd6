namespace Forum.Domain.Common;

/// <summary>Who is sending the request; anonymous when <see cref="UserId"/> is null.</summary>
public interface ICurrentUser
{
    string? UserId { get; }
    bool IsInRole(string role);
}

/// <summary>Turns Markdown into HTML that is safe to put on a page.</summary>
public interface IMarkdownRenderer
{
    /// <summary>The field a <see cref="RuleViolationException"/> from <see cref="ToSafeHtml"/> names: every post's Markdown is its body.</summary>
    const string Field = "Body";

    /// <exception cref="RuleViolationException">The text nests too deeply to be rendered.</exception>
    string ToSafeHtml(string markdown);
}

/// <summary>What moderation needs from the sign-in accounts, without the domain knowing about Identity.</summary>
public interface IMemberAccounts
{
    /// <summary>Ends the member's open sessions (their sign-ins stop being accepted); saved with the handler's SaveChanges.</summary>
    Task EndSessionsAsync(string memberId, CancellationToken ct);

    /// <summary>Whether the member holds any of the team's roles (<see cref="Roles.Team"/>: moderators and staff cannot be suspended by moderators).</summary>
    Task<bool> HasAnyRoleAsync(string memberId, CancellationToken ct);

    /// <summary>
    /// Erases the member's sign-in account (email, password, two-factor keys, roles) so that nobody can sign in to
    /// it again and its address is free for a new account; saved with the handler's SaveChanges.
    /// </summary>
    Task EraseAsync(string memberId, CancellationToken ct);
}

/// <summary>Signed, tamper-proof tokens for links sent by email; the payload is readable only by this site.</summary>
public interface ISignedTokens
{
    string Create(string purpose, string payload);
    /// <summary>The payload, or null when the token is not one this site made for <paramref name="purpose"/>.</summary>
    string? Read(string purpose, string token);
}

/// <summary>
/// Reads kept in memory until the next committed write, for what many requests read alike (a thread and its
/// similar questions, seen by every reader). Whatever a read returns stays exactly what the database would
/// answer: any commit, by any request or job, makes every entry a miss.
/// </summary>
public interface IReadCache
{
    /// <summary>The value kept under <paramref name="key"/> since the last commit, else what <paramref name="read"/> returns (then kept).</summary>
    Task<T> GetOrReadAsync<T>(object key, Func<Task<T>> read);

    /// <summary>
    /// Counts the commits so far. Taken before reading, it dates what was read: a value made from those reads and
    /// kept under a key that includes it is never served for newer data (a commit may fall between the reads and
    /// the keeping).
    /// </summary>
    long Generation { get; }
}

/// <summary>A value that tells the read cache about how much memory it holds (any other value counts as small).</summary>
public interface IWeighed
{
    long ApproximateBytes { get; }
}
