using System.Diagnostics;

namespace CareerPaths.Web.Tests.Infrastructure;

/// <summary>Waits for the content watcher: checks again until the condition holds, failing after a generous limit.</summary>
public static class Eventually
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    public static async Task HoldsAsync(Func<Task<bool>> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < Patience, "the change did not show within " + Patience.TotalSeconds + " s");
            await Task.Delay(25);
        }
    }
}
