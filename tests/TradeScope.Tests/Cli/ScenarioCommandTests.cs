using System.Globalization;
using TradeScope.Cli;
using Xunit;

namespace TradeScope.Tests.Cli;

/// <summary><c>tradescope scenario</c>: the default sanctions scenario on bundled data, the accounting on the rendered rows, and
/// one-line errors for bad shock files.</summary>
public sealed class ScenarioCommandTests
{
    private static readonly Lazy<CliRunner.Result> Default = new(() =>
        CliRunner.Run("scenario", "--reporter", "RUS", "--year", "2021", "--window", "2", "--format", "csv")
    );

    private static double Number(string cell) => cell == "" ? double.NaN : double.Parse(cell, CultureInfo.InvariantCulture);

    [Fact]
    public void The_default_sanctions_scenario_keeps_the_accounting_on_every_row()
    {
        var result = Default.Value;
        Assert.Equal(App.Ok, result.ExitCode);
        var (header, rows) = CliRunner.ReadCsv(result.Output);
        Assert.Equal(
            ["table", "partner_iso3", "partner_name_en", "partner_name_ru", "closed", "in_bloc", "baseline", "lost"],
            header.Take(8)
        );
        var partners = rows.Where(r => r["table"] == "scenario").ToList();
        Assert.True(partners.Count > 200);
        foreach (var r in partners)
        {
            var (baseline, lost, reallocated, scenario) = (
                Number(r["baseline"]),
                Number(r["lost"]),
                Number(r["reallocated"]),
                Number(r["scenario"])
            );
            Assert.Equal(0, Number(r["created"]));
            Assert.Equal(baseline - lost + reallocated, scenario, 1e-6 * Math.Max(1, baseline));
            if (r["closed"] == "yes")
                Assert.Equal(0, reallocated);
            else
                Assert.Equal(0, lost);
        }
        var usa = partners.Single(r => r["partner_iso3"] == "USA");
        Assert.Equal("yes", usa["closed"]);
        Assert.Equal(0, Number(usa["scenario"]));
        Assert.Equal("no", partners.Single(r => r["partner_iso3"] == "CHN")["closed"]);
        double totalLost = partners.Sum(r => Number(r["lost"])),
            totalReallocated = partners.Sum(r => Number(r["reallocated"]));
        Assert.True(totalLost > 0);
        Assert.InRange(totalReallocated, 0, totalLost);
        Assert.Contains(rows, r => r["table"] == "scenario_chart_lost_reallocated");
        Assert.Contains(rows, r => r["table"] == "scenario_chart_ranking");
        Assert.Contains(rows, r => r["table"] == "scenario_assumptions" && r["assumption"] == "cut_pct" && r["value"] == "100");
    }

    [Fact]
    public void The_markdown_report_names_the_list_date_the_data_and_the_skipped_territory()
    {
        var result = CliRunner.Run("scenario", "--reporter", "RUS", "--year", "2021", "--window", "2", "--format", "md");
        Assert.Equal(App.Ok, result.ExitCode);
        Assert.Contains("RU_UNFRIENDLY @ 2022-10-30", result.Output);
        Assert.Contains("Akrotiri and Dhekelia", result.Output);
        Assert.Contains("UN Comtrade", result.Output);
        Assert.Contains("reallocated_share_pct", result.Output);
    }

    [Fact]
    public void A_regionalisation_on_bundled_data_gives_the_partial_effect_and_says_why()
    {
        var folder = CliRunner.TempFolder();
        var shock = Path.Combine(folder, "eaeu.json");
        File.WriteAllText(shock, "{\"regionalisation\": {\"bloc\": \"EAEU\", \"tariff_equivalent_pct\": -10}}");
        var result = CliRunner.Run("scenario", "--reporter", "RUS", "--year", "2019", "--window", "2", "--shock", shock, "--format", "csv");
        Assert.Equal(App.Ok, result.ExitCode);
        var (_, rows) = CliRunner.ReadCsv(result.Output);
        var kaz = rows.Single(r => r["table"] == "scenario" && r["partner_iso3"] == "KAZ");
        var expected = Math.Pow(0.9, -4); // (1 + τ)^(−θ), θ = 4
        Assert.Equal(expected, Number(kaz["scenario"]) / Number(kaz["baseline"]), 1e-9);
        var regional = rows.Single(r => r["table"] == "scenario_regional" && r["partner_iso3"] == "KAZ");
        Assert.Equal("NO_DOMESTIC_FLOWS_IN_BUNDLED_DATA", regional["reason"]);
        var chn = rows.Single(r => r["table"] == "scenario" && r["partner_iso3"] == "CHN");
        Assert.Equal(chn["baseline"], chn["scenario"]);
    }

    [Fact]
    public void A_user_panel_with_domestic_flows_gets_the_conditional_GE_effect_between_one_and_the_partial_effect()
    {
        string[] economies = ["ARM", "BLR", "CHN", "DEU", "KAZ", "KGZ", "RUS", "TUR", "USA"];
        var random = new Random(11);
        var lines = new List<string> { "year,reporter_iso3,partner_iso3,value" };
        var size = economies.ToDictionary(e => e, _ => Math.Exp(3 * random.NextDouble()));
        foreach (var year in new[] { 2018, 2019 })
            foreach (var i in economies)
                foreach (var j in economies)
                {
                    var geo = TradeScope.Data.Reference.GeoDistances.Bundled.Find(i, j)!;
                    var mean = 1e6 * size[i] * size[j] * Math.Pow(geo.DistanceKm, -0.8);
                    var value = mean * (i == j ? 40 : 1) * Math.Exp(random.NextDouble() - 0.5);
                    lines.Add(string.Create(CultureInfo.InvariantCulture, $"{year},{i},{j},{value:R}"));
                }
        var folder = CliRunner.TempFolder();
        var data = Path.Combine(folder, "panel.csv");
        File.WriteAllLines(data, lines);
        var shock = Path.Combine(folder, "eaeu.json");
        File.WriteAllText(shock, "{\"regionalisation\": {\"bloc\": \"EAEU\", \"tariff_equivalent_pct\": -10}}");
        var result = CliRunner.Run(
            "scenario",
            "--reporter",
            "RUS",
            "--year",
            "2019",
            "--window",
            "2",
            "--data",
            data,
            "--shock",
            shock,
            "--format",
            "csv"
        );
        Assert.Equal(App.Ok, result.ExitCode);
        var (_, rows) = CliRunner.ReadCsv(result.Output);
        var regional = rows.Where(r => r["table"] == "scenario_regional").ToList();
        Assert.Equal(["ARM", "BLR", "KAZ", "KGZ"], regional.Select(r => r["partner_iso3"]).Order());
        foreach (var r in regional)
        {
            Assert.Equal("", r["reason"]);
            Assert.Equal(Math.Pow(0.9, -4), Number(r["partial_factor"]), 1e-9);
            Assert.InRange(Number(r["ge_factor"]), 1.0, Number(r["partial_factor"]));
        }
        var kaz = rows.Single(r => r["table"] == "scenario" && r["partner_iso3"] == "KAZ");
        var factor = Number(regional.Single(r => r["partner_iso3"] == "KAZ")["ge_factor"]);
        Assert.Equal(factor, Number(kaz["scenario"]) / Number(kaz["baseline"]), 1e-9);
    }

    [Theory]
    [InlineData("{\"market_closure\": {\"cut_pc\": 50}}", ":1: $.market_closure.cut_pc: unknown key")]
    [InlineData("{\n  \"market_closure\": {\n    \"cut_pct\": 150\n  }\n}", ":3: $.market_closure.cut_pct: 150 is out of range")]
    [InlineData("{\n  \"market_closure\": {\n    \"cut_pct\": 10,\n  \n", ":5:")]
    [InlineData("{\"market_closure\": {\"reallocation\": \"fair\"}}", "$.market_closure.reallocation: 'fair'")]
    [InlineData("{\"technology_shift\": {\"points\": 5}}", "needs the export-potential index")]
    [InlineData("{\"import_substitution\": {\"industries\": [\"C20\"], \"cut_pct\": 10}}", "not wired")]
    [InlineData("{\"regionalisation\": {\"bloc\": \"EAEU\"}}", "$.regionalisation: give either")]
    [InlineData("{\"market_closure\": {\"partners\": [\"XYZ\"]}}", "$.market_closure.partners[0]: unknown ISO3 code")]
    [InlineData("{}", "no shock")]
    public void Bad_shock_files_are_exit_2_with_one_line_naming_file_and_line(string json, string expected)
    {
        var folder = CliRunner.TempFolder();
        var shock = Path.Combine(folder, "shock.json");
        File.WriteAllText(shock, json);
        var result = CliRunner.Run("scenario", "--reporter", "RUS", "--year", "2019", "--window", "1", "--shock", shock);
        Assert.Equal(App.BadInput, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("shock.json", result.Error);
        Assert.Contains(expected, result.Error);
        Assert.Equal("", result.Output);
    }

    [Theory]
    [InlineData("--reporter", "XXX", "--year", "2021")]
    [InlineData("--reporter", "RUS", "--year", "2031")]
    [InlineData("--reporter", "KAZ", "--year", "2021")]
    public void Unknown_reporter_year_out_of_data_or_no_shock_for_another_reporter_is_exit_2(params string[] args)
    {
        var result = CliRunner.Run(["scenario", .. args]);
        Assert.Equal(App.BadInput, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Equal("", result.Output);
    }
}
