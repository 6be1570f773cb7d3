using CareerPaths.Web.Drawing;

namespace CareerPaths.Web.Tests.Drawing;

public sealed class SvgWriterTests
{
    [Fact]
    public void Text_and_attribute_values_are_encoded_so_they_cannot_become_markup()
    {
        var svg = new SvgWriter()
            .Start("text").Attr("data-title", "\"><script>alert(1)</script>").Text("</text><script>alert(2)</script>").End()
            .ToHtml().ToString();

        Assert.Equal("<text data-title=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">&lt;/text&gt;&lt;script&gt;alert(2)&lt;/script&gt;</text>", svg);
    }

    [Fact]
    public void The_holes_of_an_interpolated_text_are_encoded_and_its_own_words_are_kept()
    {
        var title = "<b>Analyst</b>";

        var svg = new SvgWriter().Start("text").Text($"{title} \u2013 {2.5:0.#}").End().ToHtml().ToString();

        Assert.Equal("<text>&lt;b&gt;Analyst&lt;/b&gt; \u2013 2.5</text>", svg);
    }

    [Fact]
    public void The_drawing_code_cannot_write_markup_in_its_own_words_either()
    {
        var writer = new SvgWriter().Start("text");

        Assert.Throws<ArgumentException>(() => writer.Text($"<tspan>{1}</tspan>"));
    }

    [Theory]
    [InlineData("text onload=alert(1)")]
    [InlineData("a\"")]
    [InlineData("")]
    public void A_name_that_is_not_a_plain_svg_name_is_refused(string name)
    {
        Assert.Throws<ArgumentException>(() => new SvgWriter().Start(name));
        Assert.Throws<ArgumentException>(() => new SvgWriter().Start("g").Attr(name, "x"));
    }

    [Fact]
    public void Empty_elements_close_themselves_and_numbers_do_not_depend_on_the_culture()
    {
        var svg = new SvgWriter().Start("g").Start("line").Attr("x1", 259.24).Attr("y1", 8).End().End().ToHtml().ToString();

        Assert.Equal("<g><line x1=\"259.2\" y1=\"8\"/></g>", svg);
    }

    [Fact]
    public void A_drawing_with_an_element_left_open_is_not_finished()
    {
        var writer = new SvgWriter().Start("svg").Start("g").End();

        Assert.Throws<InvalidOperationException>(writer.ToHtml);
    }
}
