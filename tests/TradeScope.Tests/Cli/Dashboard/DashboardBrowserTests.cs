using Microsoft.Playwright;
using TradeScope.Cli;
using TradeScope.Cli.Dashboard;
using TradeScope.Tests.Reports.Html;
using Xunit;

namespace TradeScope.Tests.Cli.Dashboard;

/// <summary>
/// Issue 14's dashboard acceptance in a real browser: the page of <c>tradescope serve</c> loads from the local server
/// only, shows the screening report for a reporter and year, updates its table and charts when they change, downloads
/// the same CSV as the CLI writes, and logs no console message. Screenshots go to <c>$TRADESCOPE_SCREENSHOTS</c>.
/// </summary>
[Trait("Category", Browser.Category)]
public sealed class DashboardBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private static readonly DateTimeOffset Date = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);
    private DashboardServer? _server;

    public async Task InitializeAsync() =>
        _server = await DashboardServer.StartAsync(
            new DashboardOptions(Port: 0),
            (output, error) => new CliContext(output, error) { Clock = () => Date }
        );

    public async Task DisposeAsync()
    {
        if (_server is not null)
            await _server.DisposeAsync();
    }

    private sealed record Session(IBrowserContext Context, IPage Page, List<string> Console, List<string> Foreign);

    private async Task<Session> OpenAsync(string lang)
    {
        var browser = await fixture.BrowserAsync();
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, AcceptDownloads = true });
        var page = await context.NewPageAsync();
        var session = new Session(context, page, [], []);
        var origin = _server!.Address.GetLeftPart(UriPartial.Authority);
        await context.RouteAsync(
            "**/*",
            async route =>
            {
                var url = route.Request.Url;
                if (url.StartsWith(origin, StringComparison.Ordinal) || url.StartsWith("about:", StringComparison.Ordinal))
                    await route.ContinueAsync();
                else
                {
                    lock (session.Foreign)
                        session.Foreign.Add(url);
                    await route.AbortAsync();
                }
            }
        );
        page.Console += (_, message) =>
        {
            lock (session.Console)
                session.Console.Add($"{message.Type}: {message.Text}");
        };
        page.PageError += (_, error) =>
        {
            lock (session.Console)
                session.Console.Add($"pageerror: {error}");
        };
        await page.GotoAsync(_server.Address.ToString());
        if (lang == "ru")
            await page.SelectOptionAsync("#lang", "ru");
        await page.WaitForSelectorAsync("#show");
        return session;
    }

    private static async Task ShowAsync(IPage page, string reporter, string year)
    {
        await page.FillAsync("#field-reporter", reporter);
        await page.FillAsync("#field-year", year);
        await page.ClickAsync("#show");
        await page.WaitForSelectorAsync("#show:not([disabled])", new() { Timeout = 180_000 });
        var report = page.FrameLocator("#report");
        await report.Locator("html[data-ts-ready='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 180_000 });
    }

    private static async Task<string[]> FirstEsiRow(IPage page)
    {
        var cells = page.FrameLocator("#report").Locator("#ts-table-esi tbody tr").First.Locator("td");
        return [.. await cells.AllInnerTextsAsync()];
    }

    private static async Task<int> DrawnCharts(IPage page)
    {
        var frame = page.Frames.First(f => f != page.MainFrame);
        return await frame.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('.ts-chart')].filter(c => c.querySelectorAll('svg path, svg rect').length > 5).length"
        );
    }

    [BrowserTheory]
    [InlineData("en")]
    [InlineData("ru")]
    public async Task Changing_reporter_and_year_updates_the_table_and_charts_without_console_messages(string lang)
    {
        var session = await OpenAsync(lang);
        await using var _ = session.Context;
        var page = session.Page;
        await ShowAsync(page, "RUS", "2019");
        var russia = await FirstEsiRow(page);
        Assert.True(await DrawnCharts(page) >= 3);
        if (Environment.GetEnvironmentVariable("TRADESCOPE_SCREENSHOTS") is { Length: > 0 } folder)
            await File.WriteAllBytesAsync(Path.Combine(folder, $"dashboard-screen-{lang}.png"), await page.ScreenshotAsync());

        await ShowAsync(page, "KAZ", "2021");
        var kazakhstan = await FirstEsiRow(page);
        Assert.NotEqual(russia, kazakhstan);
        Assert.True(await DrawnCharts(page) >= 3);
        var title = await page.FrameLocator("#report").Locator("h1").First.InnerTextAsync();
        Assert.Contains("2021", title);

        Assert.Empty(session.Console);
        Assert.Empty(session.Foreign);
    }

    [BrowserFact]
    public async Task The_csv_download_is_what_the_command_writes()
    {
        var session = await OpenAsync("en");
        await using var _ = session.Context;
        var page = session.Page;
        await ShowAsync(page, "RUS", "2019");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-csv"));
        var path = await download.PathAsync();
        var cli = CliRunner.RunAt(Date, "screen", "--reporter", "RUS", "--year", "2019", "--top", "20", "--lang", "en", "--format", "csv");
        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(cli.Output, await File.ReadAllTextAsync(path));
        Assert.Equal("screen.csv", download.SuggestedFilename);
        Assert.Empty(session.Console);
    }

    [BrowserFact]
    public async Task A_bad_reporter_shows_the_CLI_message_in_the_page()
    {
        var session = await OpenAsync("en");
        await using var _ = session.Context;
        var page = session.Page;
        await page.FillAsync("#field-reporter", "XXX");
        await page.ClickAsync("#show");
        await page.WaitForSelectorAsync("#status.error");
        var shown = await page.InnerTextAsync("#status");
        var cli = CliRunner.RunAt(Date, "screen", "--reporter", "XXX", "--year", "2019", "--top", "20", "--lang", "en", "--format", "html");
        Assert.Equal(2, cli.ExitCode);
        Assert.Equal(DashboardServer.FirstMessage(cli.Error), shown.Trim());
        // The browser logs the failed request (400) as a console error; nothing else may appear.
        Assert.All(session.Console, m => Assert.Contains("400", m));
    }
}
