namespace CareerPaths.Benchmarks.HandWrittenSearch;

/// <summary>Splits text into words of letters and digits; everything else separates words.</summary>
internal static class Tokenizer
{
    /// <summary>The words, lower-cased, as the index stores them and queries are matched.</summary>
    public static IEnumerable<string> Words(string text) =>
        Spans(text).Select(span => text.Substring(span.Start, span.Length).ToLowerInvariant());

    /// <summary>Where each word starts and how long it is, for highlighting words in place.</summary>
    public static IEnumerable<(int Start, int Length)> Spans(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWordChar = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                yield return (start, i - start);
                start = -1;
            }
        }
    }
}
