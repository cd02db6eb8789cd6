using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Forum.Infrastructure.Persistence.Interceptors;

/// <summary>An interceptor that completes a save of the forum before it runs, so what it adds is written in the same save.</summary>
public abstract class BeforeSaveInterceptor : SaveChangesInterceptor
{
    public sealed override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ForumDbContext db)
            await BeforeSaveAsync(db, cancellationToken);
        return result;
    }

    protected abstract Task BeforeSaveAsync(ForumDbContext db, CancellationToken cancellationToken);
}
