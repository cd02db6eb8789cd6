using System.Diagnostics;
using System.Reflection;
using FluentValidation;
using Forum.Domain.Entities;
using MediatR;
using Microsoft.EntityFrameworkCore;
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

/// <summary>Enforces the <see cref="AuthorizeAttribute"/> declared on a request, and keeps suspended members out.</summary>
public sealed class AuthorizationBehavior<TRequest, TResponse>(ICurrentUser currentUser, IForumDb db, IClock clock)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly AuthorizeAttribute? Requirement = typeof(TRequest).GetCustomAttribute<AuthorizeAttribute>();

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (Requirement is null)
            return await next();
        if (currentUser.UserId is null)
            throw new UnauthenticatedException();
        if (Requirement.Roles is { } roles && !roles.Split(',').Any(r => currentUser.IsInRole(r.Trim())))
            throw new ForbiddenException("You do not have permission to do that.");

        var member = await db.Members.AsNoTracking()
            .Where(m => m.Id == currentUser.UserId)
            .Select(m => new { m.SuspendedUntil })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new ForbiddenException("Your account has no forum profile.");
        if (member.SuspendedUntil is { } until && until > clock.UtcNow)
            throw new ForbiddenException(Member.SuspensionNotice(until));
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
