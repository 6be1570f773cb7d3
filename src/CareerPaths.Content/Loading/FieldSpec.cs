namespace CareerPaths.Content.Loading;

/// <summary>
/// One field an entry may have: its name, shape, whether it is required, and an example for error
/// messages. The rest is what editors see of it in the generated JSON Schemas.
/// </summary>
public sealed record FieldSpec(string Name, FieldKind Kind, bool Required, string Example)
{
    /// <summary>What the field is for, in words an editor understands: the schema's hover text.</summary>
    public string Description { get; init; } = string.Empty;

    /// <summary>
    /// Sample values, written as an editor would write them in YAML ("[a, b]" for a list). When
    /// there are none, the value in <see cref="Example"/> is the sample, so the two cannot drift.
    /// </summary>
    public IReadOnlyList<string> Samples { get; init; } = [];

    /// <summary>For an <see cref="FieldKind.EntryList"/>, the fields of each entry.</summary>
    public FieldSet? Entries { get; init; }

    /// <summary>For text with a fixed set of values, the values allowed.</summary>
    public IReadOnlyList<string>? Choices { get; init; }
}
