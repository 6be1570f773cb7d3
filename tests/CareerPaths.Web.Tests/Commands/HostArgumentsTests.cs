using CareerPaths.Web.Commands;

namespace CareerPaths.Web.Tests.Commands;

/// <summary>
/// Which words on a serve command line the web host would silently ignore: those are reported
/// (a mistyped command, say) instead of starting the site as if nothing was asked.
/// </summary>
public sealed class HostArgumentsTests
{
    [Theory]
    [InlineData("--urls", "http://127.0.0.1:5555")]
    [InlineData("--urls=http://127.0.0.1:5555", "--environment", "Development")]
    [InlineData("--Site:BaseUrl=https://careers.example.org", "Content:Watch=false")]
    [InlineData("/urls", "http://127.0.0.1:5555")]
    [InlineData("-e", "Development")]
    [InlineData("--environment", "validate")]
    public void Settings_and_their_values_are_passed_on(params string[] args)
    {
        Assert.Null(HostArguments.FindStray(args));
    }

    [Theory]
    [InlineData("valdate", "valdate")]
    [InlineData("--urls http://127.0.0.1:5555 exprot out", "exprot")]
    [InlineData("--Site:BaseUrl=https://careers.example.org content", "content")]
    public void A_word_that_is_neither_a_setting_nor_its_value_is_reported(string commandLine, string stray)
    {
        Assert.Equal(stray, HostArguments.FindStray(commandLine.Split(' ')));
    }
}
