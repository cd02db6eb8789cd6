using System.Diagnostics;
using System.Reflection;
using Microsoft.Extensions.Logging;

namespace Forum.Domain.Common;

/// <summary>Logs every request with its duration, and failures with their reason.</summary>
public sealed class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> logger)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next();
            logger.LogDebug("{Request} handled in {Elapsed:0.0} ms", typeof(TRequest).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception ex) when (ex is ForumException or ValidationException)
        {
            logger.LogInformation("{Request} refused after {Elapsed:0.0} ms: {Reason}", typeof(TRequest).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, ex.Message);
            throw;
        }
    }
}

/// <summary>Enforces the <see cref="RequiresMemberAttribute"/> declared on a request, and keeps suspended members out.</summary>
public sealed class AuthorizationBehavior<TRequest, TResponse>(ICurrentUser currentUser, IForumDb db, TimeProvider clock)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly RequiresMemberAttribute? Requirement = typeof(TRequest).GetCustomAttribute<RequiresMemberAttribute>();

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (Requirement is null)
            return await next();
        if (currentUser.UserId is null)
            throw new UnauthenticatedException();
        if (Requirement.Roles is { } roles && !roles.Split(',').Any(r => currentUser.IsInRole(r.Trim())))
            throw new ForbiddenException("You do not have permission to do that.", Phrase.Of("Problem.NoPermission"));

        var member = await db.Members.AsNoTracking()
            .Where(m => m.Id == currentUser.UserId)
            .Select(m => new { m.SuspendedUntil })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new ForbiddenException("Your account has no forum profile.", Phrase.Of("Problem.NoProfile"));
        if (member.SuspendedUntil is { } until && until > clock.GetUtcNow())
            throw new ForbiddenException(Member.SuspensionNotice(until), Member.SuspensionPhrase(until));
        return await next();
    }
}

/// <summary>Runs the request's FluentValidation validators before its handler.</summary>
public sealed class ValidationBehavior<TRequest, TResponse>(IEnumerable<IValidator<TRequest>> validators)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var failures = new List<FluentValidation.Results.ValidationFailure>();
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(request, cancellationToken);
            failures.AddRange(result.Errors);
        }
        if (failures.Count > 0)
            throw new ValidationException(failures);
        return await next();
    }
}

/// <summary>
/// Runs a command again, from a clean unit of work, when another request changed the same rows at the same moment
/// (<see cref="ConcurrentChangeException"/>): members answering or voting on one question together all succeed. A
/// retried attempt first locks the rows that changed under it, so the retries on one row take turns, each reading what
/// the one before it committed. Every attempt reads afresh, so a stale edit (an old version sent by the client) is still refused by its handler. A failed
/// command leaves nothing behind: its pending changes and any lock it took are dropped.
/// </summary>
public sealed class RetryOnConflictBehavior<TRequest, TResponse>(IForumDb db) : IPipelineBehavior<TRequest, TResponse>
{
    /// <summary>
    /// Each failed attempt means another request committed in between, and retries on one row no longer overlap, so
    /// a burst of collisions settles in a few attempts; the bound only stops a command that keeps losing for another reason.
    /// </summary>
    public const int MaxAttempts = 12;

    // A request sent from inside another one's handler is part of that command and is retried with it.
    private static readonly AsyncLocal<bool> InCommand = new();

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (InCommand.Value)
            return await next();
        InCommand.Value = true;
        IReadOnlyList<string> rowLocks = [];
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                foreach (var key in rowLocks)
                    await db.LockAsync(key, cancellationToken);
                var response = await next();
                db.ReleaseLocks();
                return response;
            }
            catch (ConcurrentChangeException conflict) when (attempt < MaxAttempts)
            {
                db.DiscardChanges();
                rowLocks = rowLocks.Union(conflict.RowLocks).Order(StringComparer.Ordinal).ToList();
                // A short random pause lets the colliding requests spread out instead of meeting again.
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancellationToken);
            }
            catch
            {
                db.DiscardChanges();
                throw;
            }
        }
    }
}
