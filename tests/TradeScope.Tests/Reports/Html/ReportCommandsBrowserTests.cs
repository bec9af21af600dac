using TradeScope.Tests.Cli;
using Xunit;

namespace TradeScope.Tests.Reports.Html;

/// <summary>
/// Every command that writes a report writes an HTML page that Chromium opens offline with no console message, whose
/// tables are drawn and whose declared charts (one figure per chart hint) all hold drawn shapes.
/// </summary>
[Trait("Category", Browser.Category)]
public sealed class ReportCommandsBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static string ProductStore => Path.Combine(ReadmeCommandsTests.RepositoryRoot(), "docs", "examples", "product-store");

    public static TheoryData<string[]> Commands =>
        [
            ["indices", "--reporter", "RUS", "--year", "2019"],
            ["blocs", "--reporter", "RUS", "--year", "2019", "--lang", "ru"],
            ["gvc", "--method", "oecd"],
            ["gvc", "--method", "tiva", "--detail", "--exporter", "RUS"],
            ["gvc", "--method", "participation", "--exporter", "RUS"],
            ["gvc-series", "--exporter", "RUS", "--partners", "DEU,CHN", "--years", "2005-2011"],
            [
                "regress",
                "--data",
                Econometrics.Fixtures.Path("fixest", "fixest_trade.csv.gz"),
                "--model",
                "ppml",
                "--formula",
                "Euros ~ log(dist_km) | Origin + Destination + Product + Year",
            ],
            ["rvc-regress", "--countries", "RUS", "--group", "group:EU27"],
            ["lead", "--bloc", "EAEU", "--from", "2015", "--to", "2021", "--by", "hs-section", "--db", ProductStore],
            ["composite", "--data", Example("composite", "data.csv"), "--meta", Example("composite", "meta.csv"), "--mc", "200"],
            ["potential", "--year", "2021", "--units", Example("potential", "regions.csv"), "--mc", "100"],
            ["scenario", "--reporter", "RUS", "--year", "2021"],
            ["scenario", "--reporter", "RUS", "--year", "2021", "--shock", Example("scenarios", "import-substitution-chemicals.json")],
            [
                "scenario",
                "--reporter",
                "RUS",
                "--year",
                "2021",
                "--shock",
                Example("scenarios", "technology-shift.json"),
                "--pillars",
                Example("scenarios", "tech-shares.csv"),
            ],
            ["import-substitution", "--economy", "RUS", "--industries", "c9", "--cut", "30"],
            ["product-potential", "--reporter", "KAZ", "--year", "2021", "--db", ProductStore, "--view", "markets"],
            ["product-potential", "--reporter", "KAZ", "--year", "2021", "--db", ProductStore, "--view", "pairs", "--top", "200"],
            ["gravity-potential", "--reporter", "RUS", "--year", "2019"],
        ];

    private static string Example(string folder, string file) =>
        Path.Combine(ReadmeCommandsTests.RepositoryRoot(), "docs", "examples", folder, file);

    [BrowserTheory]
    [MemberData(nameof(Commands))]
    public async Task The_report_renders_offline_with_its_tables_and_every_declared_chart(string[] command)
    {
        var path = Path.Combine(CliRunner.TempFolder(), "report.html");
        var run = CliRunner.Run([.. command, "--out", path]);
        Assert.True(run.ExitCode == 0, run.Error);
        await using var report = await OfflinePage.OpenAsync(await fixture.BrowserAsync(), path);
        Assert.Empty(report.Console);
        Assert.Empty(report.Errors);
        Assert.Empty(report.Blocked);
        Assert.True(await report.Page.Locator("table.ts-table tbody tr").CountAsync() > 0);
        var declared = await report.Page.Locator(".ts-chart").CountAsync();
        Assert.True(declared > 0, "no chart declared");
        var drawn = await report.Page.EvaluateAsync<int>(
            "() => [...document.querySelectorAll('.ts-chart')].filter(c => c.querySelectorAll('svg path, svg rect').length > 3).length"
        );
        Assert.Equal(declared, drawn);
    }
}
