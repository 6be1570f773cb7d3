namespace CareerPaths.Web.Commands;

/// <summary>
/// Reads the arguments meant for the ASP.NET Core host as its command-line configuration does, to
/// find a word it would silently ignore: one that is neither a setting (--key value, --key=value,
/// /key value, key=value) nor the value of one. A single-dash switch is taken to have a value too,
/// so a stray word is reported only when nothing could have meant it as a setting.
/// </summary>
internal static class HostArguments
{
    public static string? FindStray(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            var isKey = arg.StartsWith('-') || arg.StartsWith('/');
            if (arg.Contains('=', StringComparison.Ordinal))
            {
                continue;
            }

            if (!isKey)
            {
                return arg;
            }

            // "--key value": the next argument is the value, whatever it looks like.
            i++;
        }

        return null;
    }
}
