using System.Globalization;
using TradeScope.Data.Products;
using TradeScope.Data.Reference;
using TradeScope.Model;
using Xunit;

namespace TradeScope.Tests.Cli;

/// <summary>
/// <c>tradescope product-potential</c> end to end: on a user BACI year (the hand-made worked example of
/// docs/methods/product-potential.md#worked-example, imported from a BACI-format file: values in US$ thousand, so every
/// hand-computed figure is × 1000) and on a generated store (<c>db synth</c>), with bad options and zero bases.
/// </summary>
public sealed class ProductPotentialCommandTests : IDisposable
{
    private readonly string _folder = CliRunner.TempFolder();
    private readonly string _baciStore;

    public ProductPotentialCommandTests()
    {
        var fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "product-potential", "BACI_HS17_Y2021_V202401.csv");
        _baciStore = Path.Combine(_folder, "baci.duckdb");
        var import = CliRunner.Run("import", "--source", "baci", fixture, "--db", _baciStore);
        Assert.True(import.ExitCode == 0, import.Error);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static double Number(Dictionary<string, string> row, string column) => double.Parse(row[column], CultureInfo.InvariantCulture);

    private CliRunner.Result Potential(params string[] extra) =>
        CliRunner.Run(["product-potential", "--reporter", "AUT", "--year", "2021", "--db", _baciStore, .. extra]);

    [Fact]
    public void A_user_BACI_year_gives_the_hand_computed_pairs()
    {
        var run = Potential("--distance-elasticity", "0");
        Assert.True(run.ExitCode == 0, run.Error);
        var (header, rows) = CliRunner.ReadCsv(run.Output);
        Assert.Equal(
            "reporter_iso3,partner_iso3,product,rank,supply,demand,ease,potential,actual,unrealised,share,imports,tariff_factor,"
                + "distance_factor,reason",
            string.Join(',', header)
        );
        var pair = rows.ToDictionary(r => (r["partner_iso3"], r["product"]));
        Assert.Equal(6, rows.Count); // DEU, ESP, FRA × 010110, 020110
        Assert.Equal(0.3, Number(pair[("DEU", "010110")], "supply"), 12);
        Assert.Equal(40_000, Number(pair[("DEU", "010110")], "demand"), 6);
        Assert.Equal(30.0 / 46, Number(pair[("DEU", "010110")], "ease"), 12);
        Assert.Equal(360_000.0 / 46, Number(pair[("DEU", "010110")], "potential"), 6);
        Assert.Equal(100_000.0 / 46, Number(pair[("DEU", "020110")], "unrealised"), 6);
        Assert.Equal(2_430_000.0 / 101, Number(pair[("ESP", "010110")], "potential"), 6);
        Assert.Equal(410_000.0 / 101, Number(pair[("ESP", "010110")], "unrealised"), 6);
        Assert.Equal(0, Number(pair[("FRA", "020110")], "potential"));
        Assert.Equal("1", pair[("ESP", "010110")]["rank"]); // the largest potential first
    }

    [Fact]
    public void Markets_view_sums_to_actual_trade_and_gives_NaN_with_a_reason_for_a_zero_base()
    {
        var run = Potential("--view", "markets", "--distance-elasticity", "0");
        Assert.True(run.ExitCode == 0, run.Error);
        var (_, rows) = CliRunner.ReadCsv(run.Output);
        var market = rows.ToDictionary(r => r["partner_iso3"]);
        Assert.Equal(10_000, Number(market["DEU"], "potential"), 6);
        Assert.Equal(30_000, Number(market["ESP"], "potential"), 6);
        // Italy imports only 030110, which Austria does not export: hypothetical trade 0, ease and potential NaN.
        Assert.Equal("", market["ITA"]["potential"]);
        Assert.Equal("", market["ITA"]["ease"]);
        Assert.Equal("ZERO_DENOM", market["ITA"]["reason"]);
        Assert.Equal("ITA", rows[^1]["partner_iso3"]); // NaN ranks last
    }

    [Fact]
    public void Products_view_sums_over_markets()
    {
        var run = Potential("--view", "products", "--distance-elasticity", "0");
        Assert.True(run.ExitCode == 0, run.Error);
        var (_, rows) = CliRunner.ReadCsv(run.Output);
        var p1 = rows.Single(r => r["product"] == "010110");
        Assert.Equal(360_000.0 / 46 + 2_430_000.0 / 101, Number(p1, "potential"), 6);
        Assert.Equal(30_000, Number(p1, "exports"));
        Assert.Equal(100_000, Number(p1, "world_exports"));
        Assert.Equal("3", p1["pairs"]);
    }

    [Fact]
    public void Tariffs_and_distances_adjust_demand_by_the_import_weighted_means_of_the_suppliers()
    {
        // Germany, 010110: Austria pays 0 % (its own row), Belgium the MFN 10 %; imports 10 from AUT and 30 from BEL, so
        // the mean tariff is 7.5 % and the factor (1/1.075)^(−5). Distances: AUT 1000 km, BEL 3000 km → mean 2500, factor 2.5.
        var tariffs = Path.Combine(_folder, "tariffs.csv");
        File.WriteAllText(tariffs, "market,product,exporter,tariff_pct\nDEU,010110,,10\nDEU,010110,AUT,0\n");
        var distances = Path.Combine(_folder, "distances.csv");
        File.WriteAllText(distances, "exporter,market,distance_km\nAUT,DEU,1000\nBEL,DEU,3000\n");
        var run = Potential("--tariffs", tariffs, "--distances", distances);
        Assert.True(run.ExitCode == 0, run.Error);
        var (_, rows) = CliRunner.ReadCsv(run.Output);
        var pair = rows.ToDictionary(r => (r["partner_iso3"], r["product"]));
        var deu = pair[("DEU", "010110")];
        Assert.Equal(Math.Pow(1.075, 5), Number(deu, "tariff_factor"), 12);
        Assert.Equal(2.5, Number(deu, "distance_factor"), 12);
        Assert.Equal(40_000 * Math.Pow(1.075, 5) * 2.5, Number(deu, "demand"), 6);
        // DEU, 020110: suppliers BEL (3000 km) and CHE (no distance, left out of the mean) → factor (1000/3000)^(−1) = 3.
        Assert.Equal(3, Number(pair[("DEU", "020110")], "distance_factor"), 12);
        Assert.Equal(1, Number(pair[("DEU", "020110")], "tariff_factor")); // no tariff row: factor 1
        Assert.Equal("NO_DISTANCE", pair[("ESP", "010110")]["reason"]); // Austria–Spain distance unknown
    }

    [Fact]
    public void By_default_distances_come_from_the_bundled_GeoDist_table()
    {
        // Germany, 010110: suppliers AUT (10) and BEL (30); the factor is (d_AUT,DEU / import-weighted mean)^(−1).
        var geo = GeoDistances.Bundled;
        var dAut = geo.Find("AUT", "DEU")!.DistanceKm;
        var dBel = geo.Find("BEL", "DEU")!.DistanceKm;
        var mean = (10 * dAut + 30 * dBel) / 40;
        var run = Potential();
        Assert.True(run.ExitCode == 0, run.Error);
        var (_, rows) = CliRunner.ReadCsv(run.Output);
        var deu = rows.Single(r => r["partner_iso3"] == "DEU" && r["product"] == "010110");
        Assert.Equal(mean / dAut, Number(deu, "distance_factor"), 12);
        Assert.Equal(40_000 * mean / dAut, Number(deu, "demand"), 6);
        var markdown = Potential("--format", "md");
        Assert.Contains("CEPII GeoDist", markdown.Output);
    }

    [Fact]
    public void Markdown_prints_the_assumptions_and_their_defaults()
    {
        var run = Potential("--format", "md", "--horizon", "3", "--demand-growth", "2");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("| horizon | 3 | 5 |", run.Output);
        Assert.Contains("| demand_growth_pct | 2 | 0 |", run.Output);
        Assert.Contains("| distance_elasticity | 1 | 1 |", run.Output);
        Assert.Contains("horizon 3 years", run.Output);
    }

    [Fact]
    public void A_csv_file_carries_the_assumptions_in_its_provenance()
    {
        var output = Path.Combine(_folder, "pairs.csv");
        var run = Potential("--out", output);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("tariff elasticity 5", File.ReadAllText(output + ".provenance.json"));
    }

    [Fact]
    public void The_diversification_list_holds_products_with_RCA_below_one_ranked_by_density()
    {
        var run = Potential("--view", "diversification");
        Assert.True(run.ExitCode == 0, run.Error);
        var (_, rows) = CliRunner.ReadCsv(run.Output);
        // Austria: RCA of 010110 = (30/40)/(100/195) > 1, of 020110 = (10/40)/(90/195) < 1, of 030110 = 0.
        Assert.Equal(["020110", "030110"], rows.Select(r => r["product"]).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.True(Number(r, "rca") < 1));
        var densities = rows.Select(r => Number(r, "density")).ToList();
        Assert.Equal(densities.OrderByDescending(d => d), densities);
    }

    [Theory]
    [InlineData("--horizon", "-1", "--horizon")]
    [InlineData("--supply-growth", "-100", "--supply-growth")]
    [InlineData("--distance-elasticity", "-2", "--distance-elasticity")]
    [InlineData("--reporter", "XYZ", "--reporter")]
    public void Bad_values_exit_2_with_one_line_naming_the_option(string option, string value, string named)
    {
        var output = Path.Combine(_folder, "bad.csv");
        var args = new List<string> { "product-potential", "--reporter", "AUT", "--year", "2021", "--db", _baciStore, "--out", output };
        var at = args.IndexOf(option);
        if (at >= 0)
            args[at + 1] = value;
        else
            args.AddRange([option, value]);
        var run = CliRunner.Run([.. args]);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains(named, run.Error);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void A_bad_tariff_row_exits_2_naming_the_file_and_line()
    {
        var tariffs = Path.Combine(_folder, "bad-tariffs.csv");
        File.WriteAllText(tariffs, "market,product,tariff_pct\nDEU,010110,5\nDEU,020110,abc\n");
        var run = Potential("--tariffs", tariffs);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("bad-tariffs.csv:3", run.Error);
    }

    [Fact]
    public void A_year_not_in_the_store_exits_2()
    {
        var run = CliRunner.Run("product-potential", "--reporter", "AUT", "--year", "2019", "--db", _baciStore);
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
    }

    [Theory]
    [InlineData("--horizon", "abc")]
    [InlineData("--view", "cells")]
    public void Syntax_errors_exit_1(string option, string value)
    {
        var run = Potential(option, value);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{option} {value}", run.Error);
    }

    [Fact]
    public void Every_view_runs_on_a_generated_store_and_markets_sum_to_actual_exports()
    {
        var file = Path.Combine(_folder, SyntheticBaci.FileName(HsRevision.Hs2002, 2021));
        var synth = CliRunner.Run("db", "synth", "--countries", "20", "--products", "200", "--years", "2021", "--out", file);
        Assert.True(synth.ExitCode == 0, synth.Error);
        var store = Path.Combine(_folder, "synth.duckdb");
        var import = CliRunner.Run("import", "--source", "baci", file, "--db", store);
        Assert.True(import.ExitCode == 0, import.Error);
        var exporter = SyntheticBaci.Countries(20)[0].Iso3;
        foreach (var view in new[] { "pairs", "products", "markets", "diversification" })
        {
            var run = CliRunner.Run("product-potential", "--reporter", exporter, "--year", "2021", "--db", store, "--view", view);
            Assert.True(run.ExitCode == 0, view + ": " + run.Error);
            Assert.NotEmpty(CliRunner.ReadCsv(run.Output).Rows);
        }
        // Exports by partner summed from the file itself (not through the store): with neutral assumptions the potential
        // of a market summed over products equals them.
        var iso3 = SyntheticBaci.Countries(20).ToDictionary(c => c.Code.ToString(CultureInfo.InvariantCulture), c => c.Iso3);
        var actual = File.ReadLines(file)
            .Skip(1)
            .Select(l => l.Split(','))
            .Where(f => iso3[f[1]] == exporter)
            .GroupBy(f => iso3[f[2]])
            .ToDictionary(g => g.Key, g => g.Sum(f => double.Parse(f[4], CultureInfo.InvariantCulture) * 1000));
        var markets = CliRunner.Run(
            "product-potential",
            "--reporter",
            exporter,
            "--year",
            "2021",
            "--db",
            store,
            "--view",
            "markets",
            "--distance-elasticity",
            "0"
        );
        foreach (var row in CliRunner.ReadCsv(markets.Output).Rows.Where(r => r["reason"] == ""))
        {
            var expected = actual.GetValueOrDefault(row["partner_iso3"]);
            Assert.Equal(expected, Number(row, "potential"), Math.Max(expected, 1) * 1e-9);
        }
    }
}
