
namespace CareerPaths.Content.Colors;

/// <summary>The colour a track is drawn in: its own or one from the palette, and the lighter shade used in dark mode.</summary>
public sealed record TrackColor(string Slug, RgbColor Light, RgbColor Dark);
