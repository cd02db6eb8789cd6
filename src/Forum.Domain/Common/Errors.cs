namespace Forum.Domain.Common;

/// <summary>The failures a use case can report; the web layer maps each to one HTTP status.</summary>
public abstract class ForumException(string message) : Exception(message)
{
    /// <summary>The failure as its reader is told it, in their language; by default the message as it was written.</summary>
    public virtual Phrase Said => Message;
}

/// <param name="what">"The question", "The member"...: each has its name in the resources (Problem.Thing.…).</param>
public sealed class NotFoundException(string what) : ForumException($"{what} was not found.")
{
    public override Phrase Said => Phrase.Of("Problem.NotFound", Phrase.Of($"Problem.Thing.{what}"));
}

/// <summary>The request needs a signed-in member.</summary>
public sealed class UnauthenticatedException() : ForumException("You need to log in to do that.")
{
    public override Phrase Said => Phrase.Of("Problem.LogIn");
}

/// <param name="said">The refusal in the reader's language, when the forum's resources have it.</param>
public sealed class ForbiddenException(string message, Phrase? said = null) : ForumException(message)
{
    public override Phrase Said => said ?? Message;
}

/// <summary>The request clashes with the current state; <see cref="Details"/> carries what the client needs to recover (e.g. the newer text).</summary>
/// <param name="said">The clash in the reader's language, when the forum's resources have it.</param>
public class ConflictException(string message, IReadOnlyDictionary<string, object?>? details = null, Phrase? said = null) : ForumException(message)
{
    public override Phrase Said => said ?? Message;

    public IReadOnlyDictionary<string, object?> Details { get; } = details ?? new Dictionary<string, object?>();
}

/// <summary>
/// Another request changed the same rows at the same moment (a stale concurrency token, a duplicate insert, a deadlock).
/// The command is run again from the start (<see cref="RetryOnConflictBehavior{TRequest,TResponse}"/>), first taking
/// the locks named by <see cref="RowLocks"/> (one per row that changed under it) so that the attempts colliding on one
/// row now take turns; only when that keeps failing does the client see the 409.
/// </summary>
/// <param name="said">The clash in the reader's language, when the forum's resources have it.</param>
public sealed class ConcurrentChangeException(string message, IReadOnlyList<string>? rowLocks = null, Phrase? said = null) : ConflictException(message, said: said)
{
    public IReadOnlyList<string> RowLocks { get; } = rowLocks ?? [];
}

/// <summary>A broken rule about one field or the request as a whole, reported like a validation error.</summary>
/// <param name="said">The broken rule in the reader's language, when the forum's resources have it.</param>
public sealed class RuleViolationException(string field, string message, Phrase? said = null) : ForumException(message)
{
    public override Phrase Said => said ?? Message;

    public string Field { get; } = field;
}

/// <param name="said">The refusal in the reader's language, when the forum's resources have it.</param>
public sealed class RateLimitedException(string message, TimeSpan retryAfter, Phrase? said = null) : ForumException(message)
{
    public override Phrase Said => said ?? Message;

    public TimeSpan RetryAfter { get; } = retryAfter;
}

/// <summary>
/// The text has words that read as rude and the poster asked to be warned before posting (Respect, issue 6): nothing
/// was written; posting again with the warning confirmed publishes it with an automatic flag.
/// </summary>
public sealed class RudeWordsException(IReadOnlyList<string> words)
    : ForumException("This reads as harsh; people here are volunteers — would you like to rephrase?")
{
    public override Phrase Said => Phrase.Of("Respect.Title");

    public IReadOnlyList<string> Words { get; } = words;
}

/// <summary>What was sent is larger than the forum takes (an upload over its size limit).</summary>
/// <param name="said">The refusal in the reader's language, when the forum's resources have it.</param>
public sealed class TooLargeException(string message, Phrase? said = null) : ForumException(message)
{
    public override Phrase Said => said ?? Message;
}
