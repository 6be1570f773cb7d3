using CareerPaths.Content.Diagnostics;

namespace CareerPaths.Web.Commands;

/// <summary>
/// A content problem as a GitHub Actions workflow command, which GitHub shows as an annotation on
/// the line of the changed file in a pull request: `::error file=content/roles/x.md,line=3,col=8::message`.
/// </summary>
internal static class GitHubAnnotations
{
    public static string Format(ContentError problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        var properties = new List<string> { $"file={EscapeProperty(RepositoryRelative(problem.File))}" };
        if (problem.Position.Line > 0)
        {
            properties.Add($"line={problem.Position.Line}");
            if (problem.Position.Column > 0)
            {
                properties.Add($"col={problem.Position.Column}");
            }
        }

        var command = problem.IsError ? "error" : "warning";
        return $"::{command} {string.Join(',', properties)}::{EscapeData(problem.Message)}";
    }

    /// <summary>
    /// GitHub places an annotation by the file's path in the repository; the workflow runs from the
    /// repository's root, so a path under the working directory is given relative to it.
    /// </summary>
    private static string RepositoryRelative(string file)
    {
        if (!Path.IsPathRooted(file))
        {
            return file;
        }

        var relative = Path.GetRelativePath(Environment.CurrentDirectory, file);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? file : relative.Replace('\\', '/');
    }

    /// <summary>The runner reads a command up to the end of the line, so line breaks (and %) are encoded.</summary>
    private static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>In a property, ',' and ':' separate fields too.</summary>
    private static string EscapeProperty(string text) =>
        EscapeData(text)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
