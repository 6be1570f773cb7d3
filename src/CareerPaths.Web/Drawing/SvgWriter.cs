using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Html;

namespace CareerPaths.Web.Drawing;

/// <summary>
/// Writes the SVG drawings made on the server (the career map, the salary chart) element by
/// element. Text and attribute values only go in as <see cref="SvgText"/>, which encodes them, and
/// element and attribute names must be plain SVG names, so nothing from content can become markup.
/// An element with no content closes itself (<c>&lt;line .../&gt;</c>).
/// </summary>
internal sealed partial class SvgWriter
{
    private readonly StringBuilder _markup = new();
    private readonly Stack<string> _open = new();
    private bool _inStartTag;

    /// <summary>Opens an element; its attributes follow, then its content, then <see cref="End"/>.</summary>
    public SvgWriter Start(string element)
    {
        CloseStartTag();
        _markup.Append('<').Append(Name(element));
        _open.Push(element);
        _inStartTag = true;
        return this;
    }

    public SvgWriter Attr(string name, SvgText value)
    {
        if (!_inStartTag)
        {
            throw new InvalidOperationException($"attribute '{name}' must follow its element's start, before any content");
        }

        _markup.Append(' ').Append(Name(name)).Append("=\"").Append(value.ToString()).Append('"');
        return this;
    }

    public SvgWriter Attr(string name, int value) => Attr(name, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>Coordinates to a tenth of a unit, which is finer than any screen shows.</summary>
    public SvgWriter Attr(string name, double value) => Attr(name, value.ToString("0.#", CultureInfo.InvariantCulture));

    public SvgWriter Text(SvgText text)
    {
        CloseStartTag();
        _markup.Append(text.ToString());
        return this;
    }

    /// <summary>Closes the innermost open element.</summary>
    public SvgWriter End()
    {
        if (!_open.TryPop(out var element))
        {
            throw new InvalidOperationException("there is no open element to end");
        }

        if (_inStartTag)
        {
            _markup.Append("/>");
            _inStartTag = false;
        }
        else
        {
            _markup.Append("</").Append(element).Append('>');
        }

        return this;
    }

    /// <summary>The finished drawing, ready to put in a page as it is.</summary>
    public IHtmlContent ToHtml()
    {
        if (_open.Count > 0)
        {
            throw new InvalidOperationException($"the drawing still has open elements: {string.Join(", ", _open)}");
        }

        return new HtmlString(_markup.ToString());
    }

    private void CloseStartTag()
    {
        if (_inStartTag)
        {
            _markup.Append('>');
            _inStartTag = false;
        }
    }

    private static string Name(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return PlainName().IsMatch(name) ? name : throw new ArgumentException($"'{name}' is not an SVG element or attribute name", nameof(name));
    }

    [GeneratedRegex("^[a-z][a-zA-Z0-9-]*$")]
    private static partial Regex PlainName();
}
