using CareerPaths.Testing;
using CareerPaths.Web.Hosting;
using Microsoft.Playwright;

namespace CareerPaths.Browser.Tests.Infrastructure;

/// <summary>
/// One server and one Chromium for every browser test, and the pages found by one crawl from the
/// overview. Tests open their own contexts, so none sees another's cookies, viewport or settings.
/// </summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private LoopbackSite? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IReadOnlyList<string>? _pages;

    public Uri BaseAddress => Server.Address;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    private LoopbackSite Server => _server ?? throw new InvalidOperationException("The site has not started.");

    public async Task InitializeAsync()
    {
        // A missing browser must fail every test loudly: a skipped browser suite looks like a green one.
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ChromiumPath}. Install Debian's package (apt-get install -y chromium); Playwright cannot download its own browser here.");
        }

        _server = await LoopbackSite.StartAsync([$"--Content:Path={RepositoryPaths.Content}", "--RateLimits:DynamicPermitLimit=100000"]);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    /// <summary>A fresh context on the site, or on another server (such as <see cref="EditedSite"/>) sharing this browser: relative URLs resolve against it.</summary>
    public Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 800, bool javaScript = true, ColorScheme colorScheme = ColorScheme.Light, Uri? baseAddress = null) =>
        Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (baseAddress ?? BaseAddress).ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
            ColorScheme = colorScheme,
        });

    /// <summary>Every page reachable from the overview, crawled once and shared by all tests.</summary>
    public async Task<IReadOnlyList<string>> PagesAsync()
    {
        // The tests of one collection run one at a time, so the first caller crawls and no lock is needed.
        if (_pages is null)
        {
            await using var context = await NewContextAsync();
            _pages = await new SiteCrawler(context, BaseAddress).CrawlAsync();
        }

        return _pages;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
