
namespace CareerPaths.Content.Diagnostics;

public enum ErrorSeverity
{
    Error,
    Warning,
}

/// <summary>One problem in the content, pointing at the file and line an editor should open.</summary>
/// <param name="File">The file as the editor knows it, such as "content/roles/x.md".</param>
public sealed record ContentError(string File, TextPosition Position, string Message, ErrorSeverity Severity = ErrorSeverity.Error)
{
    public bool IsError => Severity == ErrorSeverity.Error;

    /// <summary>"content/roles/x.md:3:8: error: unknown track 'technicl' — did you mean 'technical'?"</summary>
    public override string ToString()
    {
        var where = Position.Line > 0
            ? Position.Column > 0 ? $"{File}:{Position.Line}:{Position.Column}" : $"{File}:{Position.Line}"
            : File;
        var severity = IsError ? "error" : "warning";
        return $"{where}: {severity}: {Message}";
    }
}
