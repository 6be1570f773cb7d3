using System.Runtime.ExceptionServices;
using CareerPaths.Content.Diagnostics;

namespace CareerPaths.Content.Loading;

/// <summary>
/// Runs independent pieces of the load on every core. Each piece reports into an error list of its
/// own, and the lists are merged in the pieces' order, so the result is the same as running them
/// one after another. A failure comes out as itself, not wrapped in an AggregateException, because
/// the loader words its message by the exception's type (a folder that changed mid-read is an
/// IOException).
/// </summary>
internal static class OnEveryCore
{
    /// <returns>Each item's result, in the items' order.</returns>
    public static TResult[] Map<TItem, TResult>(IReadOnlyList<TItem> items, ContentErrors errors, Func<TItem, ContentErrors, TResult> work)
    {
        var results = new TResult[items.Count];
        var found = new ContentErrors[items.Count];
        For(items.Count, i =>
        {
            found[i] = errors.CreateEmpty();
            results[i] = work(items[i], found[i]);
        });
        foreach (var each in found)
        {
            errors.AddRange(each);
        }

        return results;
    }

    public static void Each<TItem>(IReadOnlyList<TItem> items, ContentErrors errors, Action<TItem, ContentErrors> work) =>
        Map(items, errors, (item, found) =>
        {
            work(item, found);
            return true;
        });

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
