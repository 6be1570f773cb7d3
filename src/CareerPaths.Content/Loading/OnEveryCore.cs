using System.Runtime.ExceptionServices;

namespace CareerPaths.Content.Loading;

/// <summary>
/// Runs independent pieces of the load on every core. A failure comes out as itself, not wrapped in
/// an AggregateException, because the loader words its message by the exception's type (a folder
/// that changed mid-read is an IOException).
/// </summary>
internal static class OnEveryCore
{
    public static void For(int count, Action<int> body)
    {
        try
        {
            Parallel.For(0, count, body);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(ex.InnerExceptions[0]).Throw();
        }
    }
}
