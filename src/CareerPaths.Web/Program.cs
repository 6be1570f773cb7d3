using CareerPaths.Web.Commands;

var arguments = CommandArguments.Parse(args);
return arguments.Command switch
{
    "validate" => ValidateCommand.Run(arguments, Console.Out, Console.Error, DateOnly.FromDateTime(DateTime.UtcNow)),
    "export" => await ExportCommand.RunAsync(arguments, Console.Out, Console.Error),
    _ => await ServeCommand.RunAsync(arguments, Console.Error),
};

/// <summary>Visible to the test host, which starts the site in memory.</summary>
public partial class Program;
