namespace CareerPaths.Web.Hosting;

/// <summary>
/// The builder for the real site run inside another command or process (the export, tests,
/// benchmarks): Production, without watching files, logging only warnings, unless the settings
/// say otherwise.
/// </summary>
internal static class SiteBuilder
{
    public static WebApplicationBuilder Create(IEnumerable<string> settings)
    {
        // Defaults first: a later setting of the same key wins, so callers can override them.
        List<string> args = ["--Content:Watch=false", "--Serilog:MinimumLevel:Default=Warning", .. settings];
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [.. args],
            EnvironmentName = Environments.Production,

            // Razor Pages are found in the application's assembly, which is not the entry
            // assembly when the site runs inside another process (a test host, say).
            ApplicationName = typeof(SiteBuilder).Assembly.GetName().Name,
        });
        builder.AddCareerPaths();
        return builder;
    }
}
