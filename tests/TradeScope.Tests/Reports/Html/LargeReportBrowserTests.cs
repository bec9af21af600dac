using TradeScope.Tests.Cli;
using Xunit;
using Xunit.Abstractions;

namespace TradeScope.Tests.Reports.Html;

/// <summary>
/// Issue 14's acceptance for the largest output: the HTML report of the WWZ detail for all exporters of WIOD 2011 (about
/// 0.98 million rows) opens in Chromium and the page holds at most one page of table rows at a time (at most 2,000, the
/// largest page size), while paging, the page size and the filter reach every row.
/// </summary>
[Trait("Category", Browser.Category)]
public sealed class LargeReportBrowserTests(BrowserFixture fixture, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    /// <summary>The most table rows (header included) the page may hold at once.</summary>
    private const int MostRows = 2001;

    [BrowserFact]
    public async Task The_wwz_report_of_all_exporters_holds_at_most_one_page_of_rows_in_the_page()
    {
        var path = Path.Combine(CliRunner.TempFolder(), "wwz.html");
        var run = CliRunner.Run("gvc", "--method", "wwz", "--detail", "--exporter", "all", "--out", path);
        Assert.True(run.ExitCode == 0, run.Error);
        await using var report = await OfflinePage.OpenAsync(await fixture.BrowserAsync(), path);
        output.WriteLine($"{new FileInfo(path).Length:N0} bytes, drawn in {report.LoadTime.TotalSeconds:F1} s");
        var marks = await report.Page.EvaluateAsync<string[]>(
            "() => performance.getEntriesByType('mark').map(m => m.name + ' ' + Math.round(m.startTime) + ' ms')"
        );
        output.WriteLine(string.Join("\n", marks));
        Assert.Empty(report.Console);
        Assert.Empty(report.Errors);
        Assert.Empty(report.Blocked);
        var page = report.Page;
        var rows = await page.GetAttributeAsync(".ts-table-host", "data-rows");
        Assert.True(int.Parse(rows!, System.Globalization.CultureInfo.InvariantCulture) > 900_000, rows);
        Assert.InRange(await page.Locator("tr").CountAsync(), 2, MostRows);
        Assert.Equal(100, await page.Locator("tbody tr").CountAsync());

        var first = await page.Locator("tbody tr").First.InnerTextAsync();
        await page.Locator(".ts-page-next").ClickAsync();
        Assert.NotEqual(first, await page.Locator("tbody tr").First.InnerTextAsync());
        await page.Locator(".ts-page-last").ClickAsync();
        Assert.InRange(await page.Locator("tbody tr").CountAsync(), 1, 100);

        await page.Locator(".ts-page-size").SelectOptionAsync("2000");
        Assert.Equal(2000, await page.Locator("tbody tr").CountAsync());
        Assert.InRange(await page.Locator("tr").CountAsync(), 2, MostRows);

        await page.Locator(".ts-filter").FillAsync("RUS");
        await page.Locator(".ts-filter").PressAsync("Enter");
        var status = await page.Locator(".ts-status").InnerTextAsync();
        output.WriteLine($"filtered: {status}");
        Assert.Equal(2000, await page.Locator("tbody tr").CountAsync());
        Assert.All(await page.Locator("tbody tr").AllInnerTextsAsync(), row => Assert.Contains("RUS", row));

        var drawn = await page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('.ts-chart')].filter(c => c.querySelectorAll('svg path').length > 5).length"
        );
        Assert.True(drawn >= 2, $"{drawn} charts drawn");
        Assert.Empty(report.Console);
        Assert.Empty(report.Errors);
    }
}
