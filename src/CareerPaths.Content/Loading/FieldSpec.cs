namespace CareerPaths.Content.Loading;

/// <summary>One field an entry may have: its name, shape, whether it is required, and an example for error messages.</summary>
public sealed record FieldSpec(string Name, FieldKind Kind, bool Required, string Example);
