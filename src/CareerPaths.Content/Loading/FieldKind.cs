namespace CareerPaths.Content.Loading;

/// <summary>The shapes a field in front matter or a YAML table can take.</summary>
public enum FieldKind
{
    Text,
    WholeNumber,
    Date,
    Flag,
    Url,
    TextList,
    EntryList,
}
