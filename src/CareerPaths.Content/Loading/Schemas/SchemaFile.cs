namespace CareerPaths.Content.Loading.Schemas;

/// <summary>
/// One JSON Schema file in content/schemas: its name (the file is NAME.schema.json), the title
/// editors see, and the field set at its root. The root's description is the schema's.
/// </summary>
public sealed record SchemaFile(string Name, string Title, FieldSet Root)
{
    public string FileName => Name + ".schema.json";
}
