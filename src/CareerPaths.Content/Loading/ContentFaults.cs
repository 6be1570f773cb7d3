namespace CareerPaths.Content.Loading;

/// <summary>
/// Why the loader catches every exception around one file, and the live reload around one reload:
/// parsers throw more than they document (YamlDotNet's scanner throws InvalidOperationException,
/// Markdig throws ArgumentException on deep nesting, and a file can vanish mid-read), and one
/// editor's broken file must never stop the checks of the others, crash `validate`, or take the
/// running site down. Every such failure becomes a content error naming the file, and the last
/// good catalog keeps serving. Only failures of the process itself are let through.
/// </summary>
public static class ContentFaults
{
    /// <summary>
    /// False for the failures no caller can recover from: out of memory, or a cancellation that
    /// belongs to whoever asked for it.
    /// </summary>
    public static bool CanContain(Exception exception) =>
        exception is not (OutOfMemoryException or OperationCanceledException);

    public static string DescribeFileFailure(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception switch
        {
            ArgumentException when exception.Message.Contains("nested", StringComparison.OrdinalIgnoreCase) =>
                "the Markdown is nested too deeply to read (lists, quotes or brackets inside each other hundreds of times) \u2014 flatten it",
            IOException or UnauthorizedAccessException => $"could not read the file: {exception.Message}",
            _ => $"this file could not be read ({FirstLine(exception.Message)}) \u2014 look for a stray bracket, quote or colon near the top, or undo the last edit",
        };
    }

    public static string DescribeFolderFailure(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception is IOException or UnauthorizedAccessException
            ? $"the content folder could not be read: {FirstLine(exception.Message)} \u2014 it may have changed while it was being read; try again"
            : $"the content could not be checked ({FirstLine(exception.Message)}) \u2014 this is a fault in the site, not in your files; please report it";
    }

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length > 200 ? line[..200] + "\u2026" : line;
    }
}
