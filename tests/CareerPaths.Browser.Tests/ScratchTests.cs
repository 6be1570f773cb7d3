using CareerPaths.Browser.Tests.Infrastructure;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;
using Newtonsoft.Json.Linq;
using Xunit.Abstractions;

namespace CareerPaths.Browser.Tests;

[Collection(SharedBrowser.Name)]
public sealed class ScratchTests(BrowserSite site, ITestOutputHelper output)
{
    [Fact]
    public async Task Scratch()
    {
        var pages = await site.PagesAsync();
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await using var context = await site.NewContextAsync(colorScheme: scheme);
            await AxeScanner.PrepareAsync(context);
            var page = await context.NewPageAsync();
            await page.GotoAsync("/");
            await page.EvaluateAsync("() => { const p = document.createElement('p'); p.textContent = 'faint'; p.style.color = '#ccc'; document.querySelector('main').append(p); const i = document.createElement('input'); document.querySelector('main').append(i); }");
            output.WriteLine(string.Join("\n", await AxeScanner.ViolationsAsync(page, "/ broken")));
            var bs = await page.EvaluateAsync<string>("async () => JSON.stringify(await axe.run(document, {runOnly:{type:'rule',values:['color-contrast']}}))");
            var br = new AxeResult(JObject.Parse(bs));
            output.WriteLine($"broken {scheme} cc violations {br.Violations.Length} incomplete {string.Join(";", br.Incomplete.SelectMany(i => i.Nodes).Select(n => n.Target + " " + string.Join("/", n.Any.Select(a => a.Message))))} passes {br.Passes.SelectMany(x => x.Nodes).Count()}");
            output.WriteLine("style: " + await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('main > p:last-of-type')).color + ' ' + document.querySelector('main > p:last-of-type').textContent"));
            if (pages.Count > 0) { return; }
            foreach (var p in pages)
            {
                await page.GotoAsync(p);
                var s = await page.EvaluateAsync<string>("async () => JSON.stringify(await axe.run(document, {runOnly:{type:'tag',values:['wcag2a','wcag2aa','wcag21a','wcag21aa','wcag22aa']}}))");
                var r = new AxeResult(JObject.Parse(s));
                foreach (var i in r.Incomplete)
                {
                    foreach (var n in i.Nodes)
                    {
                        output.WriteLine($"{scheme} {p} INCOMPLETE {i.Id} {n.Target} :: {string.Join(" / ", n.Any.Select(a => a.Message))}");
                    }
                }
            }
        }
    }
}
