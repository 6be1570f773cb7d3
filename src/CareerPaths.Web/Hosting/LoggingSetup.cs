using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Compact;
using Serilog.Settings.Configuration;

namespace CareerPaths.Web.Hosting;

/// <summary>Serilog: readable console lines in Development, one JSON object per line elsewhere.</summary>
internal static class LoggingSetup
{
    /// <summary>
    /// The Serilog assemblies the "Serilog" section may name (in WriteTo, or a formatter). Named
    /// here, the settings reader does not read the app's deps.json and scan every assembly whose
    /// name contains "serilog" for them, which took a noticeable part of every cold start.
    /// </summary>
    private static readonly ConfigurationReaderOptions ConfiguredSinks = new(
        typeof(ConsoleLoggerConfigurationExtensions).Assembly,
        typeof(FileLoggerConfigurationExtensions).Assembly,
        typeof(LoggerSinkConfigurationDebugExtensions).Assembly,
        typeof(RenderedCompactJsonFormatter).Assembly);

    public static WebApplicationBuilder AddSiteLogging(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var json = !builder.Environment.IsDevelopment();
        builder.Services.AddSerilog((services, logger) =>
        {
            logger
                .ReadFrom.Configuration(builder.Configuration, ConfiguredSinks)
                .ReadFrom.Services(services)
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .Enrich.FromLogContext();
            // Sinks registered as services (the tests' log to their output) stand in for the console.
            if (services.GetServices<ILogEventSink>().Any())
            {
                return;
            }

            if (json)
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
            else
            {
                logger.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        },
        preserveStaticLogger: true);
        return builder;
    }

    /// <summary>
    /// One line per request with method, path, status and time. The path never includes the query
    /// string, so what people type into search or find-your-path stays out of the logs.
    /// </summary>
    public static WebApplication UseSiteRequestLogging(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseSerilogRequestLogging(options =>
        {
            // This host's own logger: the static Log.Logger is shared by every host in a process.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";

            // The visitor behind any trusted proxy (see ForwardedHeadersSetup), not the proxy.
            options.EnrichDiagnosticContext = (diagnostics, context) =>
            {
                diagnostics.Set("ClientAddress", context.Connection.RemoteIpAddress?.ToString());
                diagnostics.Set("RequestScheme", context.Request.Scheme);
            };
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error : LogEventLevel.Information;
        });
        return app;
    }
}
