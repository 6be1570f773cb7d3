using CareerPaths.Content.Diagnostics;
using CareerPaths.Content.Model;

namespace CareerPaths.Content.Tests.Model;

/// <summary>The compact map of where each field was written answers as a dictionary would.</summary>
public sealed class FieldPositionsTests
{
    [Fact]
    public void Every_field_is_found_at_its_position_and_no_other_field_is()
    {
        var written = new Dictionary<string, TextPosition>(StringComparer.Ordinal)
        {
            ["title"] = new(2, 8),
            ["next[0]"] = new(9, 8),
            ["next[1]"] = new(9, 30),
            ["job_titles"] = new(3, 13),
            ["Title"] = new(4, 1),
            ["a"] = new(5, 1),
        };

        var positions = new FieldPositions(written);

        Assert.Equal(written.Count, positions.Count);
        foreach (var (field, at) in written)
        {
            Assert.True(positions.TryGetValue(field, out var found), field);
            Assert.Equal(at, found);
            Assert.Equal(at, positions[field]);
        }

        Assert.False(positions.ContainsKey("next"));
        Assert.False(positions.ContainsKey("TITLE"));
        Assert.False(positions.TryGetValue("zzz", out _));
        Assert.Throws<KeyNotFoundException>(() => positions["missing"]);
        Assert.Equal(written.OrderBy(p => p.Key, StringComparer.Ordinal), positions);
        Assert.Equal(TextPosition.StartOfFile, new SourceRef("roles/x.md", new FieldPositions([])).At("title"));
    }
}
