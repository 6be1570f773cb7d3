using System.Text.RegularExpressions;
using CareerPaths.Testing;
using YamlDotNet.RepresentationModel;

namespace CareerPaths.Web.Tests.Deployment;

/// <summary>
/// The GitHub workflows, parsed: a pull request is restored, its content validated strictly with
/// annotations, tested and exported as an artifact; main publishes the export to GitHub Pages
/// under the repository's name; every action is pinned to an exact version.
/// </summary>
public sealed partial class WorkflowTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, ".github", "workflows");

    [Fact]
    public void A_pull_request_is_restored_validated_with_annotations_tested_and_exported_as_an_artifact_in_that_order()
    {
        var workflow = Load("pull-request.yml");
        var steps = Steps(workflow);

        Assert.True(((YamlMappingNode)workflow["on"]).Children.ContainsKey("pull_request"));
        var order = new[]
        {
            Index(steps, s => Run(s).StartsWith("dotnet restore", StringComparison.Ordinal)),
            Index(steps, s => Run(s).Contains("-- validate --strict --format github", StringComparison.Ordinal)),
            Index(steps, s => Run(s).StartsWith("dotnet test", StringComparison.Ordinal)),
            Index(steps, s => Run(s).Contains("-- export site", StringComparison.Ordinal)),
            Index(steps, s => Uses(s).StartsWith("actions/upload-artifact@", StringComparison.Ordinal) && With(s, "path") == "site"),
        };
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void Main_publishes_the_export_to_github_pages_under_the_repositorys_name()
    {
        var workflow = Load("publish.yml");
        var trigger = (YamlMappingNode)workflow["on"];
        var jobs = (YamlMappingNode)workflow["jobs"];
        var build = Steps((YamlMappingNode)jobs["build"]);
        var deploy = Steps((YamlMappingNode)jobs["deploy"]);

        Assert.Equal("main", Assert.Single((YamlSequenceNode)((YamlMappingNode)trigger["push"])["branches"]).ToString());
        var export = Assert.Single(build, s => Run(s).Contains("-- export _site", StringComparison.Ordinal));
        Assert.Contains("--base-path \"$base_path\"", Run(export), StringComparison.Ordinal);
        Assert.Contains("base_path=\"/$REPOSITORY\"", Run(export), StringComparison.Ordinal);
        Assert.Equal("${{ github.event.repository.name }}", ((YamlMappingNode)export["env"])["REPOSITORY"].ToString());
        Assert.Contains(build, s => Uses(s).StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal) && With(s, "path") == "_site");
        Assert.Contains(deploy, s => Uses(s).StartsWith("actions/deploy-pages@", StringComparison.Ordinal));
        Assert.Equal("write", ((YamlMappingNode)workflow["permissions"])["pages"].ToString());
    }

    [Fact]
    public void Every_action_is_pinned_to_an_exact_version()
    {
        var files = Directory.GetFiles(Folder, "*.yml");

        var loose = files.SelectMany(file => ((YamlMappingNode)Load(Path.GetFileName(file))["jobs"]).Children.Values
                .Cast<YamlMappingNode>()
                .SelectMany(Steps)
                .Select(Uses)
                .Where(uses => uses.Length > 0 && !PinnedVersion().IsMatch(uses))
                .Select(uses => $"{Path.GetFileName(file)}: {uses}"))
            .ToList();

        Assert.Equal(2, files.Length);
        Assert.Empty(loose);
    }

    private static YamlMappingNode Load(string name)
    {
        using var reader = new StreamReader(Path.Combine(Folder, name));
        var stream = new YamlStream();
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static List<YamlMappingNode> Steps(YamlMappingNode workflowOrJob)
    {
        if (workflowOrJob.Children.TryGetValue("jobs", out var jobs))
        {
            return [.. ((YamlMappingNode)jobs).Children.Values.Cast<YamlMappingNode>().SelectMany(Steps)];
        }

        return [.. ((YamlSequenceNode)workflowOrJob["steps"]).Children.Cast<YamlMappingNode>()];
    }

    private static string Run(YamlMappingNode step) => step.Children.TryGetValue("run", out var run) ? run.ToString() : string.Empty;

    private static string Uses(YamlMappingNode step) => step.Children.TryGetValue("uses", out var uses) ? uses.ToString() : string.Empty;

    private static string? With(YamlMappingNode step, string input) =>
        step.Children.TryGetValue("with", out var with) && ((YamlMappingNode)with).Children.TryGetValue(input, out var value) ? value.ToString() : null;

    private static int Index(List<YamlMappingNode> steps, Func<YamlMappingNode, bool> match)
    {
        var index = steps.FindIndex(s => match(s));
        Assert.True(index >= 0, "a step is missing from the pull-request workflow");
        return index;
    }

    /// <summary>owner/name@v1.2.3 or a full commit hash; never a moving tag such as @v4 or @main.</summary>
    [GeneratedRegex(@"^[\w.-]+/[\w./-]+@(v\d+\.\d+\.\d+|[0-9a-f]{40})$")]
    private static partial Regex PinnedVersion();
}
