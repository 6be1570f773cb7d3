namespace CareerPaths.Content.Loading;

/// <summary>
/// Finds the front matter of a Markdown file in the shape every content file is written in,
/// without Markdig: a first line that is exactly ---, the settings, and the first line after them
/// that is exactly ---, all with \n line breaks. Markdig stays the authority: any text that could
/// read differently (a \r; a NUL, which Markdig replaces; a line that starts with --- or ... other
/// than the closing one, even indented or followed by spaces; a byte-order mark; no settings line;
/// no closing line) is refused, and the caller parses the whole file with Markdig as before.
/// Handing Markdig only the body spares it a block per settings line, which was most of its work
/// on a role file. A property test holds the two readings equal on real and damaged files.
/// </summary>
internal readonly record struct FrontMatterSplit(string Yaml, int BodyStart, int ClosingLine)
{
    private const string Fence = "---";

    /// <summary>The split in the usual shape, or null when Markdig must decide.</summary>
    public static FrontMatterSplit? TryFast(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.StartsWith(Fence + "\n", StringComparison.Ordinal))
        {
            return null;
        }

        var lineStart = Fence.Length + 1;
        for (var line = 1; lineStart <= text.Length; line++)
        {
            var end = text.IndexOf('\n', lineStart);
            var lineEnd = end < 0 ? text.Length : end;
            var content = text.AsSpan(lineStart, lineEnd - lineStart);
            if (content.ContainsAny('\r', '\0'))
            {
                return null;
            }

            var trimmed = content.TrimStart(" \t");
            if (trimmed.StartsWith(Fence, StringComparison.Ordinal) || trimmed.StartsWith("...", StringComparison.Ordinal))
            {
                // Markdig reads --- straight after --- as no front matter at all.
                if (!content.SequenceEqual(Fence) || line == 1)
                {
                    return null;
                }

                // The settings are the lines between the fences, without the line break before
                // the closing one; the body starts at the line break that ends it.
                return new FrontMatterSplit(text[(Fence.Length + 1)..(lineStart - 1)], lineStart + Fence.Length, line);
            }

            if (end < 0)
            {
                return null;
            }

            lineStart = end + 1;
        }

        return null;
    }
}
