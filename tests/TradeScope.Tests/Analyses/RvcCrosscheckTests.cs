using System.Globalization;
using TradeScope.Analyses;
using TradeScope.Data;
using TradeScope.Econometrics;
using TradeScope.LinearAlgebra;
using TradeScope.ValueChains;
using Xunit;

namespace TradeScope.Tests.Analyses;

/// <summary>
/// The value-chain regressions of docs/rvc re-estimated in statsmodels (Fixtures/rvc, produced by docs/rvc/crosscheck.py
/// from the panels rvc-regress wrote): TradeScope's OLS + HC1 on the same panels must agree to 1e-6.
/// </summary>
public sealed class RvcCrosscheckTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "rvc", name);

    private static List<Dictionary<string, string>> Csv(string name)
    {
        var lines = File.ReadAllLines(Fixture(name)).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        var header = lines[0].Split(',');
        return lines
            .Skip(1)
            .Select(l => LabelledCsv.Split(l).Select((v, i) => (header[i], v)).ToDictionary(p => p.Item1, p => p.v))
            .ToList();
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    private static List<RvcPoint> Panel(string name) =>
        Csv(name)
            .Select(r => new RvcPoint(
                r["country"],
                r["sector"],
                int.Parse(r["year"], CultureInfo.InvariantCulture),
                D(r["bp"]),
                D(r["fp"]),
                D(r["ex_mutual"]),
                D(r["ex_external"]),
                D(r["gdppc"])
            ))
            .ToList();

    private static void Rel(double expected, double actual, string what, double rel = 1e-6, double abs = 0) =>
        Assert.True(
            Math.Abs(actual - expected) <= Math.Max(abs, rel * Math.Abs(expected)),
            $"{what}: statsmodels {expected:R}, TradeScope {actual:R}"
        );

    private static void Compare(IEnumerable<Dictionary<string, string>> reference, string panel, int cells)
    {
        var points = Panel(panel);
        var count = 0;
        foreach (var cell in reference.Where(r => r["panel"] == panel).GroupBy(r => (r["country"], r["sector"], r["direction"])))
        {
            var (country, sector, direction) = cell.Key;
            var data = points.Where(p => p.Country == country && p.Sector == sector).OrderBy(p => p.Year).ToList();
            var fit = RvcRegression.Fit(data, direction == "mutual" ? RvcDirection.Mutual : RvcDirection.External, VcovSpec.HC1, "check");
            var what = $"{country} {sector} {direction}";
            foreach (var row in cell)
            {
                var c = fit[row["term"]];
                Rel(D(row["estimate"]), c.Estimate, $"{what} {row["term"]} estimate");
                Rel(D(row["std_error"]), c.StdError, $"{what} {row["term"]} HC1 SE");
                Rel(D(row["statistic"]), c.Statistic, $"{what} {row["term"]} t");
                Rel(D(row["p_value"]), c.PValue, $"{what} {row["term"]} p", abs: 1e-10);
                count++;
            }
            var first = cell.First();
            Rel(D(first["f"]), fit.Wald.F, $"{what} robust F");
            Rel(D(first["f_p_value"]), fit.Wald.PValue, $"{what} F p", abs: 1e-10);
            Rel(D(first["r2"]), fit.Fit.RSquared, $"{what} R²");
            Assert.Equal(int.Parse(first["n"], CultureInfo.InvariantCulture), fit.N);
        }
        Assert.Equal(4 * cells, count);
    }

    [Fact]
    public void Poland_total_manufacturing_mutual_matches_statsmodels_hc1()
    {
        var reference = Csv("crosscheck-statsmodels.csv")
            .Where(r => r["country"] == "POL" && r["sector"] == "total-manufacturing" && r["direction"] == "mutual")
            .ToList();
        Assert.Equal(4, reference.Count);
        Compare(reference, "eu-members-series.csv", cells: 1);
    }

    [Fact]
    public void Every_cell_of_both_tables_matches_statsmodels_hc1()
    {
        var reference = Csv("crosscheck-statsmodels.csv");
        Compare(reference, "eu-members-series.csv", cells: 3 * 4 * 2);
        Compare(reference, "russia-eu-series.csv", cells: 4 * 2);
    }

    [Fact]
    public void The_panels_2011_rows_are_what_the_engine_computes_from_the_bundled_wiod_2011_table()
    {
        var table = Wiod2013.ReadBundled(2011);
        var acc = new ValueAddedAccounts(LeontiefSystem.Build(table, LinearAlgebraProviders.Best()), EconomyPartition.ByCountry(table));
        var group = RvcGroup.Resolve("group:EU27", 2011);
        var sectors = RvcSector.ParseList("total-manufacturing,chemicals,electronics,transport");
        var gdp = GdpPerCapita.Bundled;
        foreach (
            var (panel, countries) in new[]
            {
                ("eu-members-series.csv", new[] { "POL", "CZE", "HUN" }),
                ("russia-eu-series.csv", new[] { "RUS" }),
            }
        )
        {
            var expected = Panel(panel).Where(p => p.Year == 2011).ToList();
            var actual = RvcSeries.ForTable(acc, 2011, countries, group, sectors, out _, out var notes);
            Assert.Equal(expected.Count, actual.Count);
            Assert.Contains(notes, n => n.Contains("HRV", StringComparison.Ordinal));
            foreach (var e in expected)
            {
                var a = actual.Single(p => p.Country == e.Country && p.Sector == e.Sector);
                var what = $"{e.Country} {e.Sector} 2011";
                Rel(e.Bp, a.Bp, $"{what} BP", 1e-9);
                Rel(e.Fp, a.Fp, $"{what} FP", 1e-9);
                Rel(e.ExMutual, a.ExMutual, $"{what} Ex_mutual", 1e-12);
                Rel(e.ExExternal, a.ExExternal, $"{what} Ex_external", 1e-12);
                Rel(e.Gdppc, gdp[new Core.CountryCode(e.Country), 2011], $"{what} GDPpc", 1e-12);
            }
        }
    }
}
