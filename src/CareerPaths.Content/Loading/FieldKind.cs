namespace CareerPaths.Content.Loading;

/// <summary>
/// The shapes a field in front matter or a YAML table can take. The loader reads each field by
/// name; the kind is what the JSON Schemas for editors are generated from.
/// </summary>
public enum FieldKind
{
    /// <summary>A piece of text.</summary>
    Text,

    /// <summary>A reference to another entry by its slug: lower-case words joined by hyphens.</summary>
    Slug,

    WholeNumber,

    /// <summary>A date written YYYY-MM-DD.</summary>
    Date,

    /// <summary>true or false.</summary>
    Flag,

    /// <summary>A full https:// address.</summary>
    Url,

    /// <summary>A colour written # and three or six hex digits.</summary>
    Color,

    /// <summary>A list of pieces of text.</summary>
    TextList,

    /// <summary>A list of slugs, each named once.</summary>
    SlugList,

    /// <summary>A list of entries, each a mapping with its own fields (<see cref="FieldSpec.Entries"/>).</summary>
    EntryList,
}
