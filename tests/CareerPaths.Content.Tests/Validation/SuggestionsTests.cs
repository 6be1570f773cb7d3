using CareerPaths.Content.Diagnostics;

namespace CareerPaths.Content.Tests.Validation;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("technicl", "technical")]
    [InlineData("Governanse", "governance")]
    [InlineData("sumary", "summary")]
    public void A_near_miss_suggests_the_name_meant(string typed, string expected)
    {
        Assert.Equal(expected, Suggestions.Closest(typed, ["technical", "operations", "governance", "summary", "title"]));
    }

    [Fact]
    public void A_name_far_from_every_choice_lists_the_choices_instead()
    {
        var hint = Suggestions.Hint("zzz", ["entry", "mid"]);

        Assert.Equal(" \u2014 use one of: entry, mid", hint);
    }
}
