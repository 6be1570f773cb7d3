using System.Collections.Frozen;

namespace CareerPaths.Content.Loading;

/// <summary>The fields one kind of entry may have. The JSON Schemas in content/schemas are generated from these.</summary>
public sealed class FieldSet
{
    private readonly FrozenDictionary<string, FieldSpec> _byName;

    public FieldSet(string kind, params FieldSpec[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        Kind = kind;
        Fields = fields;
        _byName = fields.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);
    }

    /// <summary>What an editor calls this kind of entry: "role", "level", ...</summary>
    public string Kind { get; }

    /// <summary>What this kind of entry is, for editors: the description of its JSON Schema.</summary>
    public string Description { get; init; } = string.Empty;

    public IReadOnlyList<FieldSpec> Fields { get; }

    public IEnumerable<string> Names => Fields.Select(f => f.Name);

    public IEnumerable<string> RequiredNames => Fields.Where(f => f.Required).Select(f => f.Name);

    public FieldSpec? Find(string name) => _byName.GetValueOrDefault(name);

    public FieldSpec this[string name] => _byName[name];
}
