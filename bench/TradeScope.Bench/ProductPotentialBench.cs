using System.Diagnostics;
using System.Globalization;
using TradeScope.Analyses;
using TradeScope.Data.Products;
using TradeScope.Model;

namespace TradeScope.Bench;

/// <summary>
/// ITC-style export potential (issue 12, docs/methods/product-potential.md) of one exporter × all markets × 5,000
/// products on generated BACI-size data (200 countries × 5,000 products, one year, about 5.5 M rows from
/// <see cref="SyntheticBaci"/>) in a temporary store: the store's imports-by-market query alone (the reference: the
/// DuckDB aggregation every run needs), the whole pairs computation, the same with the distance adjustment (synthetic
/// distances, which add a supplier-mean query), and the diversification list. Peak memory is reset (Linux clear_refs)
/// after the import, so the figures are those of the potential, not of the import.
/// Set TRADESCOPE_BENCH_POTENTIAL=countries,products for a smaller run.
/// </summary>
public sealed class ProductPotentialBench : IBenchSuite
{
    public string Name => "product-potential";
    public string Description => "ITC-style export potential: one exporter × all markets × 5,000 products (BACI-size store)";

    public void Run(BenchReport report)
    {
        var (countries, products) = GeneratedData.Size("TRADESCOPE_BENCH_POTENTIAL");
        GeneratedData.InScratchFolder("potential", folder => Run(report, folder, countries, products));
    }

    private static void Run(BenchReport report, string folder, int countries, int products)
    {
        const int year = 2021;
        var file = Path.Combine(folder, SyntheticBaci.FileName(HsRevision.Hs2002, year));
        var clock = Stopwatch.StartNew();
        var rows = SyntheticBaci.WriteFile(file, new SyntheticBaciOptions(countries, products, [year], Seed: year));
        report.Note(string.Create(CultureInfo.InvariantCulture, $"generated {rows:N0} rows in {clock.Elapsed.TotalSeconds:0.0} s"));
        var db = Path.Combine(folder, "products.duckdb");
        clock.Restart();
        using (var writer = ProductStore.OpenForWriting(db))
            writer.Import(new ProductImportRequest(file, ProductSource.Baci));
        report.Note(string.Create(CultureInfo.InvariantCulture, $"imported in {clock.Elapsed.TotalSeconds:0.0} s"));
        File.Delete(file);
        ResetPeakMemory(report);

        // The largest exporter of the generated world (gravity-like totals): the most pairs.
        var exporter = SyntheticBaci.Countries(countries)[0].Iso3;
        var size = string.Create(CultureInfo.InvariantCulture, $"{exporter} × {countries - 1} markets × {products} products");
        using (var store = ProductStore.Open(db))
            report.Time(
                "store: imports by market × product",
                size,
                () => store.MarketImports(year),
                repetitions: 3,
                reference: true,
                extra: "DuckDB aggregation alone"
            );
        ProductPotentialResult? result = null;
        var request = new ProductPotentialRequest(exporter, year, db);
        report.Time("product-potential, pairs", size, () => result = ProductPotentialWorkflow.Run(request), repetitions: 3);
        report.Note(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{result!.Potential.Pairs.Count:N0} market × product pairs, {result.Potential.Ease.Count} markets"
            )
        );
        var synthetic = new Core.Provenance("synthetic distances", "memory");
        var withDistances = request with { Distances = SyntheticDistance, DistanceSource = synthetic };
        report.Time(
            "product-potential, pairs + distance adjustment",
            size,
            () => result = ProductPotentialWorkflow.Run(withDistances),
            repetitions: 3,
            extra: "adds the suppliers' mean-distance query"
        );
        report.Time(
            "product-potential, diversification list",
            string.Create(CultureInfo.InvariantCulture, $"{countries} countries × {products} products"),
            () => ProductPotentialWorkflow.Diversification(request),
            repetitions: 1,
            extra: "RCA, proximity and density of all products"
        );
    }

    /// <summary>A made-up distance of two ISO3 codes, 500–15,500 km, for timing only.</summary>
    private static double? SyntheticDistance(string origin, string destination)
    {
        var a = string.CompareOrdinal(origin, destination) < 0 ? origin + destination : destination + origin;
        var hash = a.Aggregate(17, (h, c) => unchecked(h * 31 + c));
        return 500 + Math.Abs(hash % 15_000);
    }

    /// <summary>Resets the process's peak resident set (Linux: write 5 to /proc/self/clear_refs), so the peaks recorded
    /// after it are those of the potential.</summary>
    private static void ResetPeakMemory(BenchReport report)
    {
        try
        {
            GC.Collect();
            File.WriteAllText("/proc/self/clear_refs", "5");
            report.Note(string.Create(CultureInfo.InvariantCulture, $"peak memory reset after the import: " +
                $"{BenchReport.PeakWorkingSetMiB():0} MiB"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            report.Note("could not reset the peak memory (not Linux?): peaks include the import");
        }
    }
}
