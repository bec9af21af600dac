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
    [InlineData("{\"technology_shift\": {\"points\": 5}}", "$.technology_shift: needs the share of medium- and high-technology")]
    [InlineData("{\"import_substitution\": {\"industries\": [\"c9\", \"C99\"], \"cut_pct\": 10}}", "industries[1]: 'C99' is not a sector")]
    [InlineData("{\"import_substitution\": {\"cut_pct\": 10, \"layout\": \"oecd\"}}", "$.import_substitution.layout: applies to")]
    [InlineData("{\"import_substitution\": {\"cut_pct\": 10, \"table\": \"t.csv\"}}", "$.import_substitution: give \"layout\"")]
    [InlineData("{\"import_substitution\": {\"cut_pct\": 10, \"year\": 2015}}", "$.import_substitution.year: no bundled")]
    [InlineData("{\"import_substitution\": {\"cut_pct\": 10, \"table\": \"bundled:xyz\"}}", "$.import_substitution.table: 'bundled:xyz'")]
    [InlineData("{\"import_substitution\": {\"industries\": [\"c9\"]}}", "$.import_substitution: missing \"cut_pct\"")]
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
    [InlineData("--reporter", "RUS", "--year", "2021", "--pillars", "missing.csv")]
    [InlineData("--reporter", "RUS", "--year", "2021", "--db", "store.duckdb")]
    public void Unknown_reporter_year_out_of_data_or_no_shock_for_another_reporter_is_exit_2(params string[] args)
    {
        var result = CliRunner.Run(["scenario", .. args]);
        Assert.Equal(App.BadInput, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void A_reporter_missing_from_the_ICIO_table_is_exit_2_located_in_the_shock_file()
    {
        var shock = Shock("{\n  \"import_substitution\": {\"industries\": [\"c9\"], \"cut_pct\": 10}\n}");
        var result = CliRunner.Run("scenario", "--reporter", "KAZ", "--year", "2021", "--window", "1", "--shock", shock);
        Assert.Equal(App.BadInput, result.ExitCode);
        Assert.Single(result.ErrorLines);
        Assert.Contains("shock.json:2: $.import_substitution: KAZ is not a country of WIOD 2013 table of 2011", result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void Import_substitution_runs_on_the_latest_bundled_table_and_equals_the_import_substitution_command()
    {
        var shock = Shock("{\"import_substitution\": {\"industries\": [\"c9\", \"c13\"], \"cut_pct\": 20}}");
        var rows = Csv("RUS", shock);
        var substitution = rows.Where(r => r["table"] == "scenario_import_substitution").ToList();
        // The scenario year 2021 is past the bundled WIOD tables (1995-2011): the 2011 table is used and the choice is stated.
        var choice = rows.Single(r => r["table"] == "scenario_assumptions" && r["assumption"] == "import_substitution_table");
        Assert.StartsWith("WIOD 2013 table of 2011 (the latest available", choice["value"], StringComparison.Ordinal);
        var direct = CliRunner.Run(
            "import-substitution",
            "--economy",
            "RUS",
            "--industries",
            "c9,c13",
            "--cut",
            "20",
            "--year",
            "2011",
            "--format",
            "csv"
        );
        Assert.Equal(App.Ok, direct.ExitCode);
        var (_, expected) = CliRunner.ReadCsv(direct.Output);
        Assert.Equal(expected.Count, substitution.Count);
        foreach (var (e, a) in expected.Zip(substitution))
            foreach (var column in new[] { "economy", "sector", "measure", "baseline", "scenario", "change" })
                Assert.Equal(e[column], a[column]);
        var dva = substitution.Single(r => r["sector"] == "TOTAL" && r["measure"] == "dva");
        Assert.True(Number(dva["scenario"]) > Number(dva["baseline"]));
        // Without a closure or regionalisation every partner keeps its exports.
        Assert.All(rows.Where(r => r["table"] == "scenario"), r => Assert.Equal(r["baseline"], r["scenario"]));
    }

    [Fact]
    public void A_table_path_in_the_shock_file_is_read_beside_it_in_the_layout_it_names()
    {
        // exvatools' small OECD-style test table (docs/examples/iciotest.csv): China and Mexico split, as in OECD ICIO.
        var folder = CliRunner.TempFolder();
        File.Copy(Path.Combine(ReadmeCommandsTests.RepositoryRoot(), "docs", "examples", "iciotest.csv"), Path.Combine(folder, "icio.csv"));
        var shock = Path.Combine(folder, "shock.json");
        File.WriteAllText(
            shock,
            "{\"import_substitution\": {\"industries\": [\"10T39\"], \"cut_pct\": 30, \"table\": \"icio.csv\", \"layout\": \"exvatools\"}}"
        );
        var rows = Csv("FRA", shock);
        var substitution = rows.Where(r => r["table"] == "scenario_import_substitution").ToList();
        var direct = CliRunner.Run(
            "import-substitution",
            "--table",
            Path.Combine(folder, "icio.csv"),
            "--layout",
            "exvatools",
            "--economy",
            "FRA",
            "--industries",
            "10T39",
            "--cut",
            "30",
            "--format",
            "csv"
        );
        Assert.Equal(App.Ok, direct.ExitCode);
        var (_, expected) = CliRunner.ReadCsv(direct.Output);
        Assert.Equal(
            expected.Select(r => (r["sector"], r["measure"], r["scenario"])),
            substitution.Select(r => (r["sector"], r["measure"], r["scenario"]))
        );
        var choice = rows.Single(r => r["table"] == "scenario_assumptions" && r["assumption"] == "import_substitution_table");
        Assert.Equal("icio.csv (exvatools)", choice["value"]);
    }

    [Fact]
    public void A_zero_cut_in_the_scenario_reproduces_the_baseline_decomposition()
    {
        var shock = Shock("{\"import_substitution\": {\"cut_pct\": 0, \"table\": \"bundled:wiod2013:2005\"}}");
        var rows = Csv("DEU", shock);
        var substitution = rows.Where(r => r["table"] == "scenario_import_substitution").ToList();
        Assert.NotEmpty(substitution);
        foreach (var r in substitution)
            Assert.Equal(Number(r["baseline"]), Number(r["scenario"]), 1e-10 * Math.Max(1, Math.Abs(Number(r["baseline"]))));
        var choice = rows.Single(r => r["table"] == "scenario_assumptions" && r["assumption"] == "import_substitution_table");
        Assert.Equal("WIOD 2013 table of 2005 (as asked)", choice["value"]);
    }

    /// <summary>A user file of technology shares for ten countries (invented values: the test needs a spread, not real
    /// shares).</summary>
    private static string TechShares()
    {
        var path = Path.Combine(CliRunner.TempFolder(), "tech.csv");
        File.WriteAllText(
            path,
            "unit,medhigh_tech_share\nRUS,0.22\nKAZ,0.08\nBLR,0.35\nCHN,0.55\nDEU,0.71\nUSA,0.60\nTUR,0.38\nIND,0.40\nBRA,0.28\nARM,0.12\n"
        );
        return path;
    }

    private static Dictionary<(string Measure, string Pillar), (double Before, double After)> Technology(double points, string shares)
    {
        var shock = Shock(string.Create(CultureInfo.InvariantCulture, $"{{\"technology_shift\": {{\"points\": {points}}}}}"));
        return Csv("RUS", shock, "--pillars", shares)
            .Where(r => r["table"] == "scenario_technology")
            .ToDictionary(r => (r["measure"], r["pillar"]), r => (Number(r["baseline"]), Number(r["scenario"])));
    }

    [Fact]
    public void A_technology_shift_moves_the_score_by_the_change_of_the_technology_contribution_alone()
    {
        var t = Technology(10, TechShares());
        Assert.Equal((22.0, 32.0), t[("medhigh_tech_share_pct", "")]);
        var (before, after) = t[("index_score", "")];
        Assert.True(after > before);
        Assert.True(t[("index_rank", "")].After < t[("index_rank", "")].Before);
        // The shifted share stays inside the observed range (0.08-0.71): the min-max bounds do not move, so only the technology
        // pillar changes, and the score moves by exactly the change of its contribution; contributions still sum to the score.
        var contributions = t.Where(p => p.Key.Measure == "contribution").ToList();
        Assert.Equal(before, contributions.Sum(p => p.Value.Before), 1e-9);
        Assert.Equal(after, contributions.Sum(p => p.Value.After), 1e-9);
        foreach (var ((_, pillar), (b, a)) in contributions)
            if (pillar != "technology")
                Assert.Equal(b, a, 1e-12);
        var technology = t[("contribution", "technology")];
        Assert.Equal(after - before, technology.After - technology.Before, 1e-9);
        // Technology indicator 0.22 → 0.32 on the range 0.08-0.71 is +15.87 normalised points; the pillar is the mean of its
        // indicators with data, so its score moves by 15.87 / (number of its indicators with a value for RUS).
        var technologyPillar = t[("pillar_score", "technology")];
        var step = 100 * 0.10 / (0.71 - 0.08);
        var indicators = Math.Round(step / (technologyPillar.After - technologyPillar.Before));
        Assert.Equal(step / indicators, technologyPillar.After - technologyPillar.Before, 1e-9);
    }

    [Fact]
    public void A_technology_shift_past_100_percent_is_held_at_the_bound_and_says_so()
    {
        var t = Technology(100, TechShares());
        Assert.Equal((22.0, 100.0), t[("medhigh_tech_share_pct", "")]);
        var down = Technology(-10, TechShares());
        Assert.True(down[("index_score", "")].After < down[("index_score", "")].Before);
    }

    [Fact]
    public void A_technology_shift_reads_the_share_from_the_product_store_as_the_potential_command_does()
    {
        var folder = CliRunner.TempFolder();
        var file = Path.Combine(folder, "BACI_HS02_Y2021_V202401.csv");
        var db = Path.Combine(folder, "store.duckdb");
        Assert.Equal(
            App.Ok,
            CliRunner.Run("db", "synth", "--countries", "40", "--products", "400", "--years", "2021", "--out", file).ExitCode
        );
        Assert.Equal(App.Ok, CliRunner.Run("import", "--source", "baci", file, "--db", db).ExitCode);
        var indicators = Path.Combine(folder, "indicators.csv");
        var potential = CliRunner.Run(
            "potential",
            "--year",
            "2021",
            "--db",
            db,
            "--indicators-only",
            "--out",
            indicators,
            "--meta-out",
            Path.Combine(folder, "meta.csv")
        );
        Assert.Equal(App.Ok, potential.ExitCode);
        var (_, units) = CliRunner.ReadCsv(File.ReadAllText(indicators));
        var share = Number(units.Single(r => r["unit"] == "RUS")["medhigh_tech_share"]);
        var shock = Shock("{\"technology_shift\": {\"points\": 5}}");
        var rows = Csv("RUS", shock, "--db", db);
        var row = rows.Single(r => r["table"] == "scenario_technology" && r["measure"] == "medhigh_tech_share_pct");
        Assert.Equal(100 * share, Number(row["baseline"]), 1e-9);
        Assert.Equal(100 * share + 5, Number(row["scenario"]), 1e-9);
        Assert.Contains(rows, r => r["table"] == "scenario_assumptions" && r["value"].Contains("product store store.duckdb"));
    }

    /// <summary>The CSV rows of <c>scenario --reporter R --year 2021 --window 1 --shock F</c> and any further options.</summary>
    private static List<Dictionary<string, string>> Csv(string reporter, string shock, params string[] options)
    {
        var run = CliRunner.Run([
            "scenario",
            "--reporter",
            reporter,
            "--year",
            "2021",
            "--window",
            "1",
            "--shock",
            shock,
            "--format",
            "csv",
            .. options,
        ]);
        Assert.Equal(App.Ok, run.ExitCode);
        return CliRunner.ReadCsv(run.Output).Rows;
    }

    private static string Shock(string json)
    {
        var path = Path.Combine(CliRunner.TempFolder(), "shock.json");
        File.WriteAllText(path, json);
        return path;
    }
}
