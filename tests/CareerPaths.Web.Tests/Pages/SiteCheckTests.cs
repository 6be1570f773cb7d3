using CareerPaths.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CareerPaths.Web.Tests.Pages;

/// <summary>
/// The checks that hold for any valid content: crawl, every page's markup and metadata, the data
/// files, and each page that lists tracks and levels. Every expectation comes from the catalog
/// the site serves, so the same tests run on the real content/ and on an editor's edited copy.
/// </summary>
public abstract class SiteCheckTests<TFactory>(TFactory factory, ITestOutputHelper output) : IDisposable
    where TFactory : ConfiguredSiteFactory
{
    private readonly HttpClient _client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });

    protected TFactory Factory { get; } = factory.LoggingTo(output);

    [Fact]
    public async Task Every_internal_link_on_every_page_resolves()
    {
        var crawler = await Factory.CrawlAsync();

        Assert.Empty(CrawlChecks.BrokenLinks(crawler));
        Assert.True(crawler.Pages.Count > Factory.Catalog.Roles.Count, $"the crawl found only {crawler.Pages.Count} pages");
    }

    [Fact]
    public async Task Every_fragment_link_points_at_an_element_that_exists() =>
        Assert.Empty(CrawlChecks.MissingFragments(await Factory.CrawlAsync()));

    [Fact]
    public async Task The_sitemap_lists_every_page_the_crawl_finds_and_each_answers_200() =>
        Assert.Empty(await CrawlChecks.SitemapProblemsAsync(Client(), await Factory.CrawlAsync(), SiteFactory.BaseUrl));

    [Fact]
    public async Task Every_page_has_a_title_description_canonical_link_open_graph_and_breadcrumb_data() =>
        Assert.Empty(PageChecks.MetadataProblems(await Factory.CrawlAsync(), SiteFactory.BaseUrl));

    [Fact]
    public async Task Every_page_is_valid_html_with_no_duplicate_ids_no_script_and_no_inline_style() =>
        Assert.Empty(await PageChecks.MarkupProblemsAsync(Client(), (await Factory.CrawlAsync()).Pages.Keys));

    [Fact]
    public async Task Only_elements_that_can_carry_a_name_are_named_and_every_scrolling_region_is_a_named_section() =>
        Assert.Empty(NamingChecks.Problems(await Factory.CrawlAsync()));

    [Fact]
    public async Task The_json_validates_against_its_schema_and_holds_every_track_level_role_and_mapping() =>
        Assert.Empty(await DataChecks.JsonProblemsAsync(Client(), Factory.Catalog));

    [Fact]
    public async Task The_csv_has_a_header_and_one_rfc4180_row_per_role() =>
        Assert.Empty(await DataChecks.CsvProblemsAsync(Client(), Factory.Catalog));

    [Fact]
    public async Task The_overview_shows_every_track_as_a_card_and_every_level_in_the_strip() =>
        Assert.Empty(await OverviewChecks.OverviewAsync(Client(), Factory.Catalog));

    [Fact]
    public async Task The_tracks_page_shows_every_track_and_a_table_of_roles_by_track_and_level() =>
        Assert.Empty(await OverviewChecks.TracksIndexAsync(Client(), Factory.Catalog));

    [Fact]
    public async Task The_progression_shows_every_level_in_the_timeline_chart_and_table_and_every_track_ladder() =>
        Assert.Empty(await ProgressionChecks.ProgressionAsync(Client(), Factory.Catalog));

    [Fact]
    public async Task The_career_map_has_a_column_per_track_a_band_per_level_and_every_role_inside_the_drawing() =>
        Assert.Empty(await ProgressionChecks.MapAsync(Client(), Factory.Catalog));

    [Fact]
    public async Task Every_track_page_shows_its_roles_in_level_order() =>
        Assert.Empty(await TrackChecks.TrackPagesAsync(Client(), Factory.Catalog));

    [Fact]
    public async Task Every_printable_track_map_lists_each_level_with_its_roles() =>
        Assert.Empty(await TrackChecks.PrintPagesAsync(Client(), Factory.Catalog));

    [Fact]
    public async Task Every_role_page_names_its_track_and_level() =>
        Assert.Empty(await TrackChecks.RolePagesAsync(Client(), Factory.Catalog));

    [Fact]
    public async Task Every_track_has_a_colour_in_the_track_stylesheet() =>
        Assert.Empty(await TrackChecks.StylesheetAsync(Client(), Factory.Catalog));

    [Fact]
    public async Task The_roles_list_filters_by_every_track_and_level() =>
        Assert.Empty(await FinderChecks.RoleFiltersAsync(Client(), Factory.Catalog));

    [Fact]
    public async Task Find_your_path_offers_every_focus_area_and_recommends_the_track_they_belong_to() =>
        Assert.Empty(await FinderChecks.FindYourPathAsync(Client(), Factory.Catalog));

    public void Dispose()
    {
        _client.Dispose();
        GC.SuppressFinalize(this);
    }

    protected HttpClient Client() => _client;
}
