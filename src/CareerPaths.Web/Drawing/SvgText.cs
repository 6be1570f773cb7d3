using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;

namespace CareerPaths.Web.Drawing;

/// <summary>
/// Text or an attribute value for <see cref="SvgWriter"/>, already encoded. Every value put into it
/// (a string, or a hole of an interpolated string) goes through the HTML encoder, so a title from
/// content can never close a tag or an attribute. The fixed words between the holes are the
/// drawing code's own and go out as written, so they may not hold a markup character.
/// </summary>
[InterpolatedStringHandler]
internal readonly ref struct SvgText
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;
    private static readonly SearchValues<char> Markup = SearchValues.Create("<>&\"'");

    private readonly StringBuilder _encoded;

    public SvgText(int literalLength, int formattedCount) =>
        _encoded = new StringBuilder(literalLength + (formattedCount * 8));

    /// <summary>A whole string is a value: all of it is encoded.</summary>
    public static implicit operator SvgText(string? value) => FromValue(value);

    public static SvgText FromValue(string? value)
    {
        var text = new SvgText(0, 1);
        text.AppendFormatted(value);
        return text;
    }

    public void AppendLiteral(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.AsSpan().ContainsAny(Markup))
        {
            throw new ArgumentException($"the drawing's own text may not contain markup characters: '{value}'", nameof(value));
        }

        _encoded.Append(value);
    }

    public void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    /// <summary>Numbers are written the same whatever the server's culture: "259.2", never "259,2".</summary>
    public void AppendFormatted<T>(T value, string? format)
    {
        var text = value is IFormattable formattable ? formattable.ToString(format, CultureInfo.InvariantCulture) : value?.ToString();
        _encoded.Append(Encoder.Encode(text ?? string.Empty));
    }

    /// <summary>The text, encoded for use between tags or inside a double-quoted attribute.</summary>
    public override string ToString() => _encoded.ToString();
}
