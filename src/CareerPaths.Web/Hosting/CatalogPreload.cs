using CareerPaths.Content;
using CareerPaths.Web.LiveContent;

namespace CareerPaths.Web.Hosting;

/// <summary>
/// A load of the content folder started before the host is built, so that on a machine with more
/// than one core the catalog is parsed while the host, the middleware and the server start. The
/// catalog store takes its result only when it is for the folder the final configuration names.
/// </summary>
internal sealed class CatalogPreload
{
    private readonly string _directory;
    private readonly Task<LoadResult> _load;

    private CatalogPreload(string directory)
    {
        _directory = directory;
        _load = Task.Run(() => CatalogLoader.Load(directory));
    }

    /// <summary>
    /// Starts loading the folder that the command line or the environment names (or the nearest
    /// content/), before the host is built: assembling the host's own configuration takes longer
    /// than reading these two. A folder named elsewhere (appsettings.json names none) is not the
    /// one <see cref="ResultFor"/> is asked for, and is simply loaded again. Null when the folder
    /// cannot be resolved yet.
    /// </summary>
    public static CatalogPreload? Start(string[] hostArgs)
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(hostArgs).Build();
        try
        {
            return new CatalogPreload(ContentLocator.Resolve(configuration[ContentLocator.ConfigKey]));
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or NotSupportedException or System.Security.SecurityException)
        {
            // The catalog store resolves the path again and reports the problem where it always has.
            return null;
        }
    }

    /// <returns>The load's result (waiting for it if needed) when it is for <paramref name="directory"/>, else null.</returns>
    public LoadResult? ResultFor(string directory) =>
        string.Equals(directory, _directory, StringComparison.Ordinal) ? _load.GetAwaiter().GetResult() : null;
}
