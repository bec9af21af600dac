using System.Globalization;
using TradeScope.Analyses;
using TradeScope.Data;
using TradeScope.Econometrics;
using TradeScope.LinearAlgebra;
using TradeScope.Model;
using TradeScope.ValueChains;

namespace TradeScope.Bench;

/// <summary>
/// The value-chain regression (rvc-regress) on the bundled WIOD 2013 tables 1995–2011: where the time goes (reading the
/// 17 tables, 17 Leontief inverses, accounts, BP/FP/export sums, 24 OLS fits) and the end-to-end run for POL, CZE, HUN
/// with EU27. Reference: the 17 Leontief inverses alone.
/// </summary>
public sealed class RvcBench : IBenchSuite
{
    public string Name => "rvc";
    public string Description => "rvc-regress phases on WIOD 1995-2011 (read, Leontief, accounts, sums, OLS) and end to end";

    public void Run(BenchReport report)
    {
        var provider = LinearAlgebraProviders.Best();
        report.Note($"provider: {provider.Name}; {Environment.ProcessorCount} logical cores");
        var years = Enumerable.Range(1995, 17).ToList();
        const string size = "17 x n=1435";
        var tables = new List<IcioTable>();
        report.Time(
            "read 17 bundled tables (gzip CSV)",
            size,
            () =>
            {
                tables.Clear();
                foreach (var y in years)
                    tables.Add(Wiod2013.ReadBundled(y));
            },
            repetitions: 1,
            warmUp: false
        );
        var systems = new List<LeontiefSystem>();
        report.Time(
            "17 Leontief inverses",
            size,
            () =>
            {
                systems.Clear();
                foreach (var t in tables)
                    systems.Add(LeontiefSystem.Build(t, provider));
            },
            repetitions: 1,
            reference: true
        );
        var accounts = new List<ValueAddedAccounts>();
        report.Time(
            "17 value-added accounts (B·[Y|E], local inverses)",
            size,
            () =>
            {
                accounts.Clear();
                foreach (var s in systems)
                    accounts.Add(new ValueAddedAccounts(s, EconomyPartition.ByCountry(s.Table)));
            },
            repetitions: 1
        );
        var group = RvcGroup.Resolve("group:EU27", 2011);
        var sectors = RvcSector.ParseList("total-manufacturing,chemicals,electronics,transport");
        var points = new List<RvcPoint>();
        report.Time(
            "BP/FP/exports, 3 countries x 4 sectors x 17 years",
            size,
            () =>
            {
                points.Clear();
                for (var t = 0; t < years.Count; t++)
                    points.AddRange(RvcSeries.ForTable(accounts[t], years[t], ["POL", "CZE", "HUN"], group, sectors, out _, out _));
            }
        );
        var gdp = GdpPerCapita.Bundled;
        var panel = points.Select(p => p with { Gdppc = gdp[new Core.CountryCode(p.Country), p.Year] }).ToList();
        var series = new RvcSeriesResult(
            panel,
            ["POL", "CZE", "HUN"],
            sectors,
            group,
            new Dictionary<string, IReadOnlyList<string>>(),
            years,
            "bundled:wiod2013",
            "bundled",
            [],
            [],
            provider.Name
        );
        report.Time("24 OLS fits (HC1)", "n=17", () => RvcRegression.Estimate(series, VcovSpec.HC1));
        report.Time(
            "rvc-regress end to end (POL,CZE,HUN x EU27 x 4 sectors)",
            size,
            () =>
                RvcRegression.Run(
                    new RvcRequest(
                        "bundled:wiod2013",
                        IcioLayout.Wiod2013,
                        years,
                        ["POL", "CZE", "HUN"],
                        group,
                        sectors,
                        VcovSpec.HC1,
                        provider
                    )
                ),
            repetitions: 1,
            warmUp: false
        );
        report.Note(string.Create(CultureInfo.InvariantCulture, $"peak working set {BenchReport.PeakWorkingSetMiB():0} MiB"));
    }
}
