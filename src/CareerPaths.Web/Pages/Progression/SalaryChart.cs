using CareerPaths.Content.Model;
using CareerPaths.Web.Drawing;
using Microsoft.AspNetCore.Html;

namespace CareerPaths.Web.Pages.Progression;

/// <summary>
/// Draws the salary ranges as an inline SVG on the server: one bar per level from its minimum to
/// its maximum on a shared dollar axis. It is an image to assistive technology (role="img" with
/// a title and description); the table beside it carries the same numbers as text.
/// </summary>
internal static class SalaryChart
{
    private const int Width = 720;
    private const int LabelWidth = 150;
    private const int RowHeight = 56;
    private const int Top = 16;
    private const int AxisHeight = 40;
    private const int Step = 50_000;

    public static IHtmlContent Render(IReadOnlyList<Level> levels, InterfaceText text, string titleId, string descId)
    {
        ArgumentNullException.ThrowIfNull(levels);
        ArgumentNullException.ThrowIfNull(text);
        var floor = levels.Min(l => l.Salary.Min) / Step * Step;
        var ceiling = ((levels.Max(l => l.Salary.Max) / Step) + 1) * Step;
        var plotWidth = Width - LabelWidth - 24;
        double X(int amount) => LabelWidth + ((amount - floor) / (double)(ceiling - floor) * plotWidth);
        var height = Top + (levels.Count * RowHeight) + AxisHeight;
        var svg = new SvgWriter();
        svg.Start("svg").Attr("class", "salary-chart").Attr("viewBox", $"0 0 {Width} {height}").Attr("role", "img")
            .Attr("aria-labelledby", $"{titleId} {descId}").Attr("xmlns", "http://www.w3.org/2000/svg");
        svg.Start("title").Attr("id", titleId).Text(text["progression.chart-title"]).End();
        var description = string.Join("; ", levels.Select(l => text["progression.chart-level", ("level", l.Name), ("years", text.Years(l)), ("salary", text.Salary(l.Salary))]));
        svg.Start("desc").Attr("id", descId).Text(description).End();

        for (var amount = floor; amount <= ceiling; amount += Step)
        {
            var x = X(amount);
            svg.Start("line").Attr("class", "grid").Attr("x1", x).Attr("x2", x).Attr("y1", Top - 8).Attr("y2", height - AxisHeight + 4).End();
            svg.Start("text").Attr("class", "axis").Attr("x", x).Attr("y", height - 16).Attr("text-anchor", "middle").Text(text["progression.chart-axis", ("amount", amount / 1000)]).End();
        }

        for (var i = 0; i < levels.Count; i++)
        {
            var level = levels[i];
            var y = Top + (i * RowHeight);
            var x1 = X(level.Salary.Min);
            var x2 = X(level.Salary.Max);
            svg.Start("text").Attr("class", "label").Attr("x", 0).Attr("y", y + 24).Text(level.Name).End();
            svg.Start("text").Attr("class", "sublabel").Attr("x", 0).Attr("y", y + 42).Text(text.Years(level)).End();
            svg.Start("rect").Attr("class", "bar").Attr("x", x1).Attr("y", y + 8).Attr("width", x2 - x1).Attr("height", 26).Attr("rx", 5).End();
            if (level.Salary.OpenEnded)
            {
                svg.Start("path").Attr("class", "open-end").Attr("d", $"M{x2 + 4:0.#} {y + 12} l10 9 l-10 9 z").End();
            }

            svg.Start("text").Attr("class", "value").Attr("x", x1).Attr("y", y + 50).Text($"{text.SalaryMin(level.Salary)} \u2013 {text.SalaryMax(level.Salary)}").End();
        }

        return svg.End().ToHtml();
    }
}
