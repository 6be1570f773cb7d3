using CareerPaths.Content.Model;

namespace CareerPaths.Web.Localization;

/// <summary>ASP.NET Core request localization, with the language taken from the address only.</summary>
internal static class LanguageSetup
{
    public static IServiceCollection AddSiteLanguages(this IServiceCollection services)
    {
        services.AddRequestLocalization(options =>
        {
            var cultures = SiteLanguage.All.Select(l => l.Culture).ToList();
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.SetDefaultCulture(SiteLanguage.English.Culture.Name);
            options.RequestCultureProviders = [new PathLanguageCultureProvider()];
            // Content-Language: en or es on every response, from the culture the address chose.
            options.ApplyCurrentCultureToResponseHeaders = true;
        });
        services.AddSingleton<SiteText>();
        return services;
    }

    /// <summary>Sets the request's culture from its address; the 404 page re-executed inside keeps it.</summary>
    public static IApplicationBuilder UseSiteLanguages(this IApplicationBuilder app) => app.UseRequestLocalization();
}
