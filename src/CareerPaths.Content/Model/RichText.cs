namespace CareerPaths.Content.Model;

/// <summary>Markdown rendered once at load: safe HTML for pages and plain text for search and descriptions.</summary>
public sealed record RichText(string Html, string PlainText)
{
    public static readonly RichText Empty = new(string.Empty, string.Empty);

    public bool IsEmpty => Html.Length == 0;
}
