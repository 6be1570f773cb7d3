using CareerPaths.Web.Commands;
using CareerPaths.Web.Hosting;

StartupJitProfile.Start(args);
return await CareerPathsCli.InvokeAsync(args, Console.Out, Console.Error, DateOnly.FromDateTime(DateTime.UtcNow));

/// <summary>Visible to the test host, which starts the site in memory.</summary>
public partial class Program;
