using CareerPaths.Web.Commands;

return await CareerPathsCli.InvokeAsync(args, Console.Out, Console.Error, DateOnly.FromDateTime(DateTime.UtcNow));

/// <summary>Visible to the test host, which starts the site in memory.</summary>
public partial class Program;
