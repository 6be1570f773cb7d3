using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using CareerPaths.Content.Model;

namespace CareerPaths.Web.Pages.Progression;

/// <summary>
/// Draws the salary ranges as an inline SVG on the server: one bar per level from its minimum to
/// its maximum on a shared dollar axis. It is an image to assistive technology (role="img" with
/// a title and description); the table beside it carries the same numbers as text.
/// </summary>
public static class SalaryChart
{
    private const int Width = 720;
    private const int LabelWidth = 150;
    private const int RowHeight = 56;
    private const int Top = 16;
    private const int AxisHeight = 40;
    private const int Step = 50_000;

    public static string Render(IReadOnlyList<Level> levels, string titleId, string descId)
    {
        ArgumentNullException.ThrowIfNull(levels);
        var floor = levels.Min(l => l.Salary.Min) / Step * Step;
        var ceiling = ((levels.Max(l => l.Salary.Max) / Step) + 1) * Step;
        var plotWidth = Width - LabelWidth - 24;
        double X(int amount) => LabelWidth + ((amount - floor) / (double)(ceiling - floor) * plotWidth);
        var height = Top + (levels.Count * RowHeight) + AxisHeight;
        var html = HtmlEncoder.Default;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"salary-chart\" viewBox=\"0 0 {Width} {height}\" role=\"img\" aria-labelledby=\"{titleId} {descId}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{titleId}\">Salary range by career level, in US dollars</title>");
        var description = string.Join("; ", levels.Select(l => $"{l.Name} ({l.Years}): {l.Salary.Text}"));
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{descId}\">{html.Encode(description)}</desc>");

        for (var amount = floor; amount <= ceiling; amount += Step)
        {
            var x = X(amount);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{x:0.#}\" x2=\"{x:0.#}\" y1=\"{Top - 8}\" y2=\"{height - AxisHeight + 4}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"axis\" x=\"{x:0.#}\" y=\"{height - 16}\" text-anchor=\"middle\">${amount / 1000}k</text>");
        }

        for (var i = 0; i < levels.Count; i++)
        {
            var level = levels[i];
            var y = Top + (i * RowHeight);
            var x1 = X(level.Salary.Min);
            var x2 = X(level.Salary.Max);
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"0\" y=\"{y + 24}\">{html.Encode(level.Name)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"sublabel\" x=\"0\" y=\"{y + 42}\">{html.Encode(level.Years)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{x1:0.#}\" y=\"{y + 8}\" width=\"{x2 - x1:0.#}\" height=\"26\" rx=\"5\"/>");
            if (level.Salary.OpenEnded)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<path class=\"open-end\" d=\"M{x2 + 4:0.#} {y + 12} l10 9 l-10 9 z\"/>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{x1:0.#}\" y=\"{y + 50}\">{html.Encode(level.Salary.MinText)} \u2013 {html.Encode(level.Salary.MaxText)}</text>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }
}
