namespace CareerPaths.Web.Commands;

/// <summary>
/// What every command returns. Scripts and CI tell a content problem (fix the files) from a usage
/// problem (fix the command line) by the code alone, without reading the output.
/// </summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The content has errors (with `validate --strict`, warnings too), or the export failed.</summary>
    public const int ContentInvalid = 1;

    /// <summary>An unknown option, or a missing or malformed value: nothing was checked, served or written.</summary>
    public const int Usage = 2;

    /// <summary>The server could not listen on the address asked for (in use, or not allowed): nothing was served.</summary>
    public const int CannotListen = 3;
}
