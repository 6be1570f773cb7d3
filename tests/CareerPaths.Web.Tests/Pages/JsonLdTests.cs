using System.Text.Json;
using CareerPaths.Web.Pages.Common;

namespace CareerPaths.Web.Tests.Pages;

/// <summary>The page's JSON-LD writer gives exactly what the JSON serializer gives for the same objects.</summary>
public sealed class JsonLdTests
{
    public static TheoryData<string> Texts => new()
    {
        "AI Security Engineer",
        "Español: Ingeniería de seguridad de IA — 75.000 €",
        "</script><script>alert(1)</script>",
        "quotes \" and 'apostrophes', a back\\slash, a tab\t and a new\nline",
        "emoji 🔐 and CJK 中文 and & ampersands + plus",
        string.Empty,
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Structured_data_is_written_as_the_serializer_writes_it(string text)
    {
        var data = new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Occupation",
            ["name"] = text,
            ["itemListElement"] = new List<Dictionary<string, object>>
            {
                new() { ["@type"] = "ListItem", ["position"] = 1, ["name"] = text },
                new() { ["@type"] = "ListItem", ["position"] = 2, ["item"] = "https://careers.example.org/roles?q=a&b=<c>" },
            },
            ["estimatedSalary"] = new Dictionary<string, object> { ["minValue"] = 75_000, ["maxValue"] = 2_000_000_000L, ["remote"] = true },
            ["keywords"] = new[] { text, "two" },
            [text] = DateOnly.FromDateTime(new DateTime(2026, 12, 2)),
        };

        Assert.Equal(JsonSerializer.Serialize<object>(data), JsonLd.Serialize(data));
    }
}
