using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Forum.Infrastructure.Persistence.Interceptors;

/// <summary>
/// An interceptor that notes something while a save is prepared and acts on it once the save has run. What it noted
/// belongs to that one save: it is forgotten when the save fails, so a retried save starts clean.
/// </summary>
public abstract class PendingUntilSavedInterceptor<TPending> : SaveChangesInterceptor where TPending : class
{
    private readonly ConditionalWeakTable<DbContext, TPending> pending = new();

    protected void Keep(DbContext context, TPending what) => pending.AddOrUpdate(context, what);

    protected bool TryTake(DbContext context, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TPending? what)
    {
        if (!pending.TryGetValue(context, out what))
            return false;
        pending.Remove(context);
        return true;
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override ValueTask<InterceptionResult> ThrowingConcurrencyExceptionAsync(
        ConcurrencyExceptionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
            pending.Remove(context);
    }
}
