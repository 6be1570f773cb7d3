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
        var builder = CreateHost(new WebApplicationOptions
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

    /// <summary>
    /// The host every way of running the site starts from (serve, the export, a site in another
    /// process): ASP.NET Core's slim builder, which leaves out HTTP/3, IIS integration,
    /// hosting-startup assemblies and the default log providers (Serilog replaces them), plus the
    /// two defaults the site can use: Kestrel's HTTPS endpoint configuration (Kestrel:Endpoints with
    /// a certificate) and, in Development, static web assets. About 10 ms less of each cold start.
    /// </summary>
    public static WebApplicationBuilder CreateHost(WebApplicationOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(options);
        builder.WebHost.UseKestrelHttpsConfiguration();
        if (builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
        }

        return builder;
    }
}
