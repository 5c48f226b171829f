using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cultivation.EntityFrameworkCore;

/// <summary>A save interceptor whose work before the save is the same for SaveChanges and SaveChangesAsync.</summary>
public abstract class BeforeSaveInterceptor : SaveChangesInterceptor
{
    protected abstract void BeforeSave(DbContext context);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            BeforeSave(context);
        }
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SavingChanges(eventData, result));
}
