using System.Text;

namespace CareerPaths.Content.Tests.Robustness;

/// <summary>The kinds of damage real files suffer: cut short, mistyped, lines moved, saved by another editor.</summary>
public enum MutationKind
{
    Truncate,
    Delete,
    Insert,
    Replace,
    SwapLines,
    DuplicateLine,
    AddByteOrderMark,
    UseCrlf,
}

/// <summary>
/// One edit to a file's bytes. Positions are drawn as fractions of the file (0 to 1,000,000) so a
/// mutation means the same thing whatever the file's length, and shrinks towards the start.
/// </summary>
public sealed record Mutation(MutationKind Kind, int At, int Span, string Text)
{
    private const int Scale = 1_000_000;

    public byte[] ApplyTo(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var at = (int)((long)At * bytes.Length / Scale);
        return Kind switch
        {
            MutationKind.Truncate => bytes[..at],
            MutationKind.Delete => [.. bytes[..at], .. bytes[Math.Min(bytes.Length, at + Span)..]],
            MutationKind.Insert => [.. bytes[..at], .. Encoding.UTF8.GetBytes(Text), .. bytes[at..]],
            MutationKind.Replace => [.. bytes[..at], .. Encoding.UTF8.GetBytes(Text), .. bytes[Math.Min(bytes.Length, at + 1)..]],
            MutationKind.SwapLines => OnLines(bytes, Swap),
            MutationKind.DuplicateLine => OnLines(bytes, lines => lines.Insert(LineIndex(lines, At), lines[LineIndex(lines, At)])),
            MutationKind.AddByteOrderMark => [0xEF, 0xBB, 0xBF, .. bytes],
            MutationKind.UseCrlf => OnLines(bytes, _ => { }, "\r\n"),
            _ => throw new InvalidOperationException($"unknown mutation {Kind}"),
        };
    }

    public override string ToString() => Kind switch
    {
        MutationKind.Truncate or MutationKind.AddByteOrderMark or MutationKind.UseCrlf or MutationKind.DuplicateLine => $"{Kind} at {At}",
        MutationKind.Delete or MutationKind.SwapLines => $"{Kind} at {At} span {Span}",
        _ => $"{Kind} at {At} text {System.Text.Json.JsonSerializer.Serialize(Text)}",
    };

    private static int LineIndex(List<byte[]> lines, int fraction) => (int)((long)fraction * (lines.Count - 1) / Scale);

    /// <summary>Swaps a line with one of the next few, as a careless cut and paste does.</summary>
    private void Swap(List<byte[]> lines)
    {
        var first = LineIndex(lines, At);
        var second = Math.Min(lines.Count - 1, first + 1 + (Span % 5));
        (lines[first], lines[second]) = (lines[second], lines[first]);
    }

    private static byte[] OnLines(byte[] bytes, Action<List<byte[]>> edit, string newline = "\n")
    {
        var lines = Split(bytes);
        if (lines.Count > 0)
        {
            edit(lines);
        }

        return [.. lines.SelectMany((line, i) => i == 0 ? line : [.. Encoding.UTF8.GetBytes(newline), .. line])];
    }

    private static List<byte[]> Split(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 1;
            }
        }

        return lines;
    }
}
