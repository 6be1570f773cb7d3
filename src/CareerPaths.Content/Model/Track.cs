using CareerPaths.Content.Colors;

namespace CareerPaths.Content.Model;

/// <summary>A career track: Technical, Operations or Governance, or any other an editor adds.</summary>
/// <param name="Color">The editor's own colour, or null to take one from <see cref="TrackPalette"/>.</param>
public sealed record Track(
    string Slug,
    string Title,
    string Name,
    int Order,
    string Summary,
    IReadOnlyList<string> FocusAreas,
    string BestFor,
    RgbColor? Color,
    RichText Body,
    SourceRef Source);
