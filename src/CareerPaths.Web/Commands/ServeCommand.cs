using CareerPaths.Web.Hosting;
using CareerPaths.Web.LiveContent;

namespace CareerPaths.Web.Commands;

/// <summary>Serves the site. On invalid content it prints every error and exits 1 instead of starting.</summary>
public static class ServeCommand
{
    public static async Task<int> RunAsync(CommandArguments arguments, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(error);
        var builder = WebApplication.CreateBuilder(arguments.HostArgs);
        builder.AddCareerPaths();
        var app = builder.Build();
        try
        {
            app.UseCareerPaths();
        }
        catch (InvalidContentException ex)
        {
            foreach (var problem in ex.Errors)
            {
                await error.WriteLineAsync(problem.ToString());
            }

            await error.WriteLineAsync(ex.Message);
            return 1;
        }

        await app.RunAsync();
        return 0;
    }
}
