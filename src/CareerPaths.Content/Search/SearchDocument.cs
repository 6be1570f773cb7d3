namespace CareerPaths.Content.Search;

/// <summary>
/// One thing search can find (a role, track, guide, certification, learning resource or section
/// page), with its text split into the three fields that rank differently.
/// </summary>
public sealed record SearchDocument(string Kind, string Title, string Url, string Summary, string Skills, string Body);
