namespace CareerPaths.Web.Commands;

/// <summary>
/// Splits the command line into a command (validate, export) and the rest. `--content DIR` is
/// rewritten to the configuration key Content:Path so it means the same for every command.
/// </summary>
public sealed record CommandArguments(string? Command, IReadOnlyList<string> Positional, IReadOnlyDictionary<string, string?> Options, string[] HostArgs)
{
    public static readonly IReadOnlyList<string> Commands = ["validate", "export"];

    public static CommandArguments Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var command = args.Length > 0 && Commands.Contains(args[0]) ? args[0] : null;
        var rest = command is null ? args : args[1..];
        var positional = new List<string>();
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var hostArgs = new List<string>();
        for (var i = 0; i < rest.Length; i++)
        {
            var arg = rest[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(arg);
                continue;
            }

            var hasValue = i + 1 < rest.Length && !rest[i + 1].StartsWith("--", StringComparison.Ordinal);
            var value = arg.Contains('=', StringComparison.Ordinal) ? arg[(arg.IndexOf('=', StringComparison.Ordinal) + 1)..] : hasValue ? rest[++i] : null;
            var name = arg.Contains('=', StringComparison.Ordinal) ? arg[2..arg.IndexOf('=', StringComparison.Ordinal)] : arg[2..];
            options[name] = value;
            // A bare flag goes to configuration with a value: a lone "--strict" would take the next
            // argument ("--content ...") as its value, and that folder would silently be ignored.
            hostArgs.Add(name == "content" ? $"--{LiveContent.ContentLocator.ConfigKey}={value}" : $"--{name}={value ?? "true"}");
        }

        return new CommandArguments(command, positional, options, [.. hostArgs]);
    }

    public string? Option(string name) => Options.GetValueOrDefault(name);

    public bool Flag(string name) => Options.ContainsKey(name);
}
