using CareerPaths.Content.Colors;
using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Loading;

namespace CareerPaths.Content.Validation;

/// <summary>
/// A track's own colour must stand out against the page in light mode and, once lightened for
/// dark mode, against the dark page. A colour that does not gets the nearest shade that does.
/// </summary>
internal static class ColorChecks
{
    public static void Check(ReadEntries read, ContentErrors errors, PageBackgrounds? backgrounds = null)
    {
        var pages = backgrounds ?? PageBackgrounds.Site;
        foreach (var track in read.Tracks)
        {
            if (track.Color is not { } color)
            {
                continue;
            }

            var at = track.Source.At("color");
            var (light, against) = TrackContrast.Lowest(color, pages.Light);
            if (light < TrackContrast.Required)
            {
                var better = TrackContrast.Adjust(color, pages.Light, TrackContrast.Required, lighter: false);
                errors.Add(track.Source.Path, at, $"color '{color}' has a contrast of {TrackContrast.Format(light)} against the {against}; track colours draw borders and bars, which need {TrackContrast.Format(TrackContrast.Required)} \u2014 try '{better}'");
                continue;
            }

            // The dark shade is derived to pass, so this only fails if the derivation or the dark backgrounds change.
            var dark = TrackPalette.DarkVariant(color, pages);
            var (darkRatio, darkAgainst) = TrackContrast.Lowest(dark, pages.Dark);
            if (darkRatio < TrackContrast.Required)
            {
                errors.Add(track.Source.Path, at, $"color '{color}' becomes '{dark}' in dark mode, with a contrast of {TrackContrast.Format(darkRatio)} against the dark {darkAgainst}; it needs {TrackContrast.Format(TrackContrast.Required)} \u2014 try a colour with more saturation");
            }
        }
    }
}
