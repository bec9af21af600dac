using System.Diagnostics;
using System.Globalization;
using MathNet.Numerics.Distributions;
using TradeScope.Econometrics;

namespace TradeScope.Bench.Econometrics;

/// <summary>PPML with three absorbed fixed effects (exporter, importer, year) on a synthetic gravity panel, next to
/// OLS of the same specification in logs, in the same run. Size: TRADESCOPE_BENCH_ECON_EXPORTERS (default 200)
/// exporters × as many importers × 25 years.</summary>
public sealed class EconSuite : IBenchSuite
{
    public string Name => "econ";
    public string Description => "PPML vs OLS with exporter, importer and year fixed effects on a synthetic 200×200×25 gravity panel";

    /// <summary>A seeded gravity panel: y ~ Poisson(exp(a_i + b_j + c_t − 1.0·ln dist + 0.3·rta)), with zeros.</summary>
    public static DataFrame Panel(int countries, int years, int seed = 42)
    {
        var rng = new Random(seed);
        var a = Enumerable.Range(0, countries).Select(_ => Normal.Sample(rng, 0, 1)).ToArray();
        var b = Enumerable.Range(0, countries).Select(_ => Normal.Sample(rng, 0, 1)).ToArray();
        var c = Enumerable.Range(0, years).Select(t => 0.02 * t).ToArray();
        var dist = new double[countries, countries];
        var rta = new double[countries, countries];
        for (var i = 0; i < countries; i++)
            for (var j = 0; j < countries; j++)
            {
                dist[i, j] = Math.Exp(5 + 4 * rng.NextDouble());
                rta[i, j] = rng.NextDouble() < 0.2 ? 1 : 0;
            }
        var n = countries * countries * years;
        var y = new double[n];
        var ld = new double[n];
        var r = new double[n];
        var ex = new double[n];
        var im = new double[n];
        var yr = new double[n];
        var k = 0;
        for (var t = 0; t < years; t++)
            for (var i = 0; i < countries; i++)
                for (var j = 0; j < countries; j++, k++)
                {
                    ex[k] = i;
                    im[k] = j;
                    yr[k] = 2000 + t;
                    ld[k] = Math.Log(dist[i, j]);
                    r[k] = rta[i, j];
                    var mu = Math.Exp(a[i] + b[j] + c[t] - 1.0 * ld[k] + 0.3 * r[k] + 8.0);
                    y[k] = Poisson.Sample(rng, mu);
                }
        return DataFrame.FromColumns(
            ("trade", y),
            ("dist", ld.Select(Math.Exp).ToArray()),
            ("rta", r),
            ("exporter", ex),
            ("importer", im),
            ("year", yr)
        );
    }

    public void Run(BenchReport report)
    {
        var countries = int.TryParse(Environment.GetEnvironmentVariable("TRADESCOPE_BENCH_ECON_EXPORTERS"), out var e) ? e : 200;
        const int years = 25;
        var sw = Stopwatch.StartNew();
        var data = Panel(countries, years);
        var zeros = ((NumericColumn)data["trade"]).Values.Count(v => v == 0);
        report.Note(
            string.Create(
                CultureInfo.InvariantCulture,
                $"panel {countries}×{countries}×{years} = {data.RowCount:N0} rows ({zeros:N0} zero flows) generated in "
                    + $"{sw.Elapsed.TotalSeconds:0.0} s; {Environment.ProcessorCount} cores"
            )
        );
        var size = $"{data.RowCount:N0} rows, 3 FE";
        RegressionResult? ols = null,
            ppml = null;
        // Peak working set (VmHWM) only grows: read it before and after each fit (an `extra:` argument of Time would be
        // evaluated before the action runs).
        var peakBefore = BenchReport.PeakWorkingSetMiB();
        report.Time(
            "OLS log(trade) ~ log(dist) + rta, FE exp+imp+year",
            size,
            () => ols = Ols.Fit(data, "log(trade) ~ log(dist) + rta | exporter + importer + year", VcovSpec.Cluster("exporter")),
            repetitions: 1,
            reference: true,
            warmUp: false
        );
        var peakOls = BenchReport.PeakWorkingSetMiB();
        report.Note(
            string.Create(
                CultureInfo.InvariantCulture,
                $"OLS: N = {ols!.N:N0}, log(dist) {ols["log(dist)"].Estimate:0.0000} ({ols["log(dist)"].StdError:0.0000}), rta "
                    + $"{ols["rta"].Estimate:0.0000}; peak working set after the fit {peakOls:0} MiB (before {peakBefore:0} MiB)"
            )
        );
        report.Time(
            "PPML trade ~ log(dist) + rta, FE exp+imp+year",
            size,
            () => ppml = Ppml.Fit(data, "trade ~ log(dist) + rta | exporter + importer + year", VcovSpec.Cluster("exporter")),
            repetitions: 1,
            warmUp: false
        );
        var conv = ppml!.Convergence!;
        report.Note(
            string.Create(
                CultureInfo.InvariantCulture,
                $"PPML: N = {ppml.N:N0}, log(dist) {ppml["log(dist)"].Estimate:0.0000} ({ppml["log(dist)"].StdError:0.0000}) [true "
                    + $"−1], "
                    + $"rta {ppml["rta"].Estimate:0.0000} [true 0.3]; "
                    + $"{conv.Iterations} IRLS iterations, max {conv.MaxDemeanSweeps} demeaning sweeps, dropped {ppml.DroppedCount}; "
                    + $"peak working set after the fit {BenchReport.PeakWorkingSetMiB():0} MiB (before {peakOls:0} MiB)"
            )
        );
        var noSep = PpmlOptions.Default with { CheckSeparation = false };
        report.Time(
            "PPML without separation checks",
            size,
            () => Ppml.Fit(data, "trade ~ log(dist) + rta | exporter + importer + year", VcovSpec.Cluster("exporter"), noSep),
            repetitions: 1,
            warmUp: false
        );
    }
}
