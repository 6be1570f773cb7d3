using CareerPaths.Web.Commands;
using CareerPaths.Web.Hosting;

var arguments = CommandArguments.Parse(args);
switch (arguments.Command)
{
    case "validate":
        return ValidateCommand.Run(arguments, Console.Out, Console.Error, DateOnly.FromDateTime(DateTime.UtcNow));
    case "export":
        return await ExportCommand.RunAsync(arguments, Console.Out, Console.Error);
    default:
        break;
}

var builder = WebApplication.CreateBuilder(arguments.HostArgs);
builder.AddCareerPaths();
var app = builder.Build();
app.UseCareerPaths();
await app.RunAsync();
return 0;

/// <summary>Visible to the test host, which starts the site in memory.</summary>
public partial class Program;
