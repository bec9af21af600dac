using System.Globalization;
using Microsoft.Playwright;
using TradeScope.Tests.Cli;
using Xunit;
using Xunit.Abstractions;

namespace TradeScope.Tests.Reports.Html;

/// <summary>One headless Chromium shared by the browser tests of a class, started on first use.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private (IPlaywright Playwright, IBrowser Browser)? _started;
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<IBrowser> BrowserAsync()
    {
        await _gate.WaitAsync();
        try
        {
            _started ??= await Browser.LaunchAsync();
            return _started.Value.Browser;
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_started is { } started)
        {
            await started.Browser.CloseAsync();
            started.Playwright.Dispose();
        }
    }
}

/// <summary>
/// Issue 14's acceptance, in a real browser: <c>tradescope screen --reporter RUS --year 2019 --out report.html</c> (and
/// <c>--lang ru</c>) renders offline in headless Chromium with no console message, shows the four index tables and at least
/// three drawn charts, its tables sort on a header click, and its numbers read as the Markdown report writes them.
/// Screenshots go to <c>$TRADESCOPE_SCREENSHOTS</c> when set (docs/screenshots is made that way).
/// </summary>
[Trait("Category", Browser.Category)]
public sealed class ScreenReportBrowserTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private static readonly DateTimeOffset Date = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    /// <summary>The four index tables of the reference study (ESI, TII, TII with blocs, STI).</summary>
    private static readonly string[] IndexTables = ["esi", "tii", "tii_blocs", "sti"];

    private static string Report(string lang, string format)
    {
        var path = Path.Combine(CliRunner.TempFolder(), $"report-{lang}.{format}");
        var result = CliRunner.RunAt(Date, "screen", "--reporter", "RUS", "--year", "2019", "--lang", lang, "--out", path);
        Assert.True(result.ExitCode == 0, result.Error);
        return path;
    }

    [BrowserTheory]
    [InlineData("en")]
    [InlineData("ru")]
    public async Task The_screening_report_renders_offline_with_the_four_index_tables_and_charts_and_no_console_message(string lang)
    {
        var path = Report(lang, "html");
        await using var report = await OfflinePage.OpenAsync(await fixture.BrowserAsync(), path);
        output.WriteLine($"{lang}: {new FileInfo(path).Length:N0} bytes, drawn in {report.LoadTime.TotalMilliseconds:F0} ms");

        Assert.Empty(report.Console);
        Assert.Empty(report.Errors);
        Assert.Empty(report.Blocked);
        Assert.Equal([report.Url], report.Requests.Distinct());
        Assert.Equal(lang, await report.Page.GetAttributeAsync("html", "lang"));
        foreach (var id in IndexTables)
        {
            var rows = await report.Page.Locator($"#ts-table-{id} tbody tr").CountAsync();
            Assert.True(rows > 0, $"table {id} has no rows");
        }
        Assert.Equal(40, await report.Page.Locator("#ts-table-esi tbody tr").CountAsync());
        var drawn = await DrawnCharts(report.Page);
        Assert.True(drawn >= 3, $"{drawn} charts drawn");
        var countries = await report.Page.Locator("figure[data-chart-kind='map'] .ts-chart svg path").CountAsync();
        Assert.True(countries > 100, $"the map has {countries} shapes");

        var screenshot = await report.Page.ScreenshotAsync(new() { FullPage = false });
        Assert.True(screenshot.Length > 10_000);
        if (Environment.GetEnvironmentVariable("TRADESCOPE_SCREENSHOTS") is { Length: > 0 } folder)
            await File.WriteAllBytesAsync(Path.Combine(folder, $"report-screen-{lang}.png"), screenshot);
    }

    /// <summary>Chart containers whose SVG holds drawn shapes (bars, points, country outlines).</summary>
    private static Task<int> DrawnCharts(IPage page) =>
        page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('.ts-chart')].filter(c => c.querySelectorAll('svg path, svg rect').length > 5).length"
        );

    [BrowserTheory]
    [InlineData("en")]
    [InlineData("ru")]
    public async Task Numbers_read_as_in_the_markdown_report_of_the_same_run(string lang)
    {
        var html = Report(lang, "html");
        var markdown = File.ReadAllLines(Report(lang, "md"));
        await using var report = await OfflinePage.OpenAsync(await fixture.BrowserAsync(), html);
        // Every row of the ESI and STI tables in Markdown: | rank | ISO3 | partner | ... |, the Markdown renderer's own
        // number formatting (ReportNumbers), against what the browser's formatting shows.
        foreach (var (id, tableNumber) in new[] { ("esi", 0), ("sti", 2) })
        {
            var header = Enumerable
                .Range(0, markdown.Length)
                .Where(i => markdown[i].StartsWith("| ", StringComparison.Ordinal) && markdown[i].Contains("| ISO3 |"))
                .ElementAt(tableNumber);
            var expected = markdown
                .Skip(header + 2)
                .TakeWhile(line => line.StartsWith("| ", StringComparison.Ordinal))
                .Select(line => string.Join("\t", line.Trim('|').Split(" | ").Select(c => c.Trim())))
                .ToList();
            var shown = await report.Page.EvaluateAsync<string[]>(
                $"() => [...document.querySelectorAll('#ts-table-{id} tbody tr')]"
                    + ".map(tr => [...tr.children].map(td => td.textContent.trim()).join('\\t'))"
            );
            Assert.Equal(40, expected.Count);
            Assert.Equal(expected, shown);
            if (lang == "ru")
                Assert.Contains(shown, row => row.Contains(',', StringComparison.Ordinal));
        }
    }

    [BrowserFact]
    public async Task A_click_on_a_header_sorts_the_table_and_a_second_click_reverses_it()
    {
        await using var report = await OfflinePage.OpenAsync(await fixture.BrowserAsync(), Report("en", "html"));
        var page = report.Page;
        var header = page.Locator("#ts-table-esi th").Filter(new() { HasText = "Exports, US$ bn" });
        var column = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('#ts-table-esi th')].findIndex(th => th.textContent.startsWith('Exports'))"
        );
        Assert.True(column > 0);
        await header.Locator("button").ClickAsync();
        Assert.Equal("ascending", await header.GetAttributeAsync("aria-sort"));
        var ascending = await ColumnNumbers(page, column);
        Assert.Equal(40, ascending.Count);
        Assert.Equal(ascending.Order(), ascending);
        Assert.True(ascending[0] < ascending[^1]);
        await header.Locator("button").ClickAsync();
        Assert.Equal("descending", await header.GetAttributeAsync("aria-sort"));
        var descending = await ColumnNumbers(page, column);
        Assert.Equal(ascending.AsEnumerable().Reverse(), descending);
        Assert.Empty(report.Console);
    }

    private static async Task<List<double>> ColumnNumbers(IPage page, int column)
    {
        var texts = await page.EvaluateAsync<string[]>(
            $"() => [...document.querySelectorAll('#ts-table-esi tbody tr')].map(tr => tr.children[{column}].textContent)"
        );
        return [.. texts.Select(t => double.Parse(t.Replace(",", ""), CultureInfo.InvariantCulture))];
    }
}
