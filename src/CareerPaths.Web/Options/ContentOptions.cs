namespace CareerPaths.Web.Options;

/// <summary>The "Content" configuration section.</summary>
internal sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>The content folder; empty means the nearest content/ above the working directory.</summary>
    public string? Path { get; set; }

    /// <summary>Reload on file changes. On by default in Development.</summary>
    public bool? Watch { get; set; }

    /// <summary>How long to wait after the last change before reloading, so a burst of saves becomes one reload.</summary>
    public int DebounceMilliseconds { get; set; } = 75;

    /// <summary>When set (for example a git host's edit URL for content/), pages built from a file link to its source.</summary>
    public Uri? EditUrlBase { get; set; }
}
