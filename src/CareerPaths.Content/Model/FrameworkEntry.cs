namespace CareerPaths.Content.Model;

/// <summary>
/// One identifier a framework publishes: a NICE work role ("DD-WRL-004", "Secure Systems
/// Development"), an ECSF profile, an O*NET-SOC occupation or an AI RMF function, with the page it
/// was copied from.
/// </summary>
/// <param name="Name">The publisher's name for it; for frameworks that name rather than number their entries it equals <paramref name="Id"/>.</param>
public sealed record FrameworkEntry(string Id, string Name, Uri? Source)
{
    /// <summary>"DD-WRL-004 Secure Systems Development", or just the name when the identifier is the name.</summary>
    public string Label => Id == Name ? Name : $"{Id} {Name}";
}
