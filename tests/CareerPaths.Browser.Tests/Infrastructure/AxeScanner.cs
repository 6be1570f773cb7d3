using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace CareerPaths.Browser.Tests.Infrastructure;

/// <summary>
/// Runs Deque's bundled axe-core against WCAG 2.0, 2.1 and 2.2 A and AA. The package's RunAxe
/// finishes every scan in a fresh browser page (about a second a page, for iframe isolation); the
/// site has no iframes, so a plain axe.run in the page finds the same violations in a third of the time.
/// </summary>
internal static class AxeScanner
{
    /// <summary>A desktop, and 320 px where tables scroll and breadcrumb trails wrap.</summary>
    public static readonly IReadOnlyList<int> DesktopAndPhone = [1280, 320];

    private static readonly string Script = new BundledAxeScriptProvider().GetScript();

    private static readonly string Options = JsonConvert.SerializeObject(
        new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
            // Only violations carry every node; passes would be serialized for nothing.
            ResultTypes = [ResultType.Violations],
        },
        AxeJsonSerializerSettings.Default);

    /// <summary>Loads axe into every page the context opens, without sending the script once per page.</summary>
    public static Task PrepareAsync(IBrowserContext context) => context.AddInitScriptAsync(Script);

    /// <summary>Loads each page once and scans it at each width: resizing lays it out again without another request.</summary>
    public static async Task<List<string>> ScanAsync(IPage page, IEnumerable<string> paths, IReadOnlyList<int> widths)
    {
        var violations = new List<string>();
        foreach (var path in paths)
        {
            await page.SetViewportSizeAsync(widths[0], 800);
            await page.GotoAsync(path);
            foreach (var width in widths)
            {
                await page.SetViewportSizeAsync(width, 800);
                violations.AddRange(await ViolationsAsync(page, $"{path} at {width} px"));
            }
        }

        return violations;
    }

    /// <summary>One line per violation: page, rule, impact, help and the selectors of the elements at fault.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string path)
    {
        var json = await page.EvaluateAsync<string>("async options => JSON.stringify(await axe.run(document, JSON.parse(options)))", Options);
        var result = new AxeResult(JObject.Parse(json));
        return [.. result.Violations.Select(v =>
            $"{path}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Select(n => n.Target.ToString()))}")];
    }
}
