using System.Diagnostics;
using System.Globalization;
using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Data.Products;
using TradeScope.Model;

namespace TradeScope.Bench;

/// <summary>
/// The product store on BACI-sized generated data (issue 10): two years of 200 countries × 5,000 products (about 11 M
/// rows each) from <see cref="SyntheticBaci"/>; import rows per second and peak memory, the same file parsed by R's
/// data.table::fread in the same run (the reference, when Rscript and data.table are installed), the store's size on
/// disk, a lead-like query (EAEU members × HS sections × partners over the two years) and the lead command's own work.
/// Set TRADESCOPE_BENCH_PRODUCTS=countries,products for a smaller run.
/// </summary>
public sealed class ProductsBench : IBenchSuite
{
    public string Name => "products";
    public string Description => "product store: import of BACI-sized files (vs data.table::fread), store size, lead-like query";

    private static readonly string[] Eaeu = ["ARM", "BLR", "KAZ", "KGZ", "RUS"];

    public void Run(BenchReport report)
    {
        var (countries, products) = GeneratedData.Size("TRADESCOPE_BENCH_PRODUCTS");
        GeneratedData.InScratchFolder("products", folder => Run(report, folder, countries, products));
    }

    private static void Run(BenchReport report, string folder, int countries, int products)
    {
        int[] years = [2020, 2021];
        var files = new List<(string Path, long Rows)>();
        foreach (var year in years)
        {
            var path = Path.Combine(folder, SyntheticBaci.FileName(HsRevision.Hs2002, year));
            var clock = Stopwatch.StartNew();
            var rows = SyntheticBaci.WriteFile(path, new SyntheticBaciOptions(countries, products, [year], Seed: year));
            report.Note(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"generated {Path.GetFileName(path)}: {rows:N0} rows, {new FileInfo(path).Length / 1048576.0:0} MiB "
                        + $"in {clock.Elapsed.TotalSeconds:0.0} s"
                )
            );
            files.Add((path, rows));
        }
        var (first, firstRows) = files[0];
        var size = string.Create(CultureInfo.InvariantCulture, $"{firstRows:N0} rows");
        // The reference is fread as data.table runs it by default (half the cores: one thread here); fread on every core
        // is recorded beside it, so the ratio against the fastest reader is in the same table.
        if (Fread(first, threads: null) is { } fread)
        {
            report.Record(
                "data.table::fread (R, same file, default threads)",
                size,
                fread,
                reference: true,
                extra: "parse only, in R, timed by system.time"
            );
            if (Fread(first, threads: Environment.ProcessorCount) is { } all)
                report.Record(
                    $"data.table::fread (R, same file, {Environment.ProcessorCount} threads)",
                    size,
                    all,
                    extra: "setDTthreads(0): every core"
                );
        }
        else
            report.Note("Rscript with data.table not found: no reference parse (apt-get install r-cran-data.table)");

        var db = Path.Combine(folder, "products.duckdb");
        var importSeconds = new List<double>();
        foreach (var (path, rows) in files)
        {
            var clock = Stopwatch.StartNew();
            var steps = new List<string>();
            var step = Stopwatch.StartNew();
            var progress = new Inline<ProgressStep>(p =>
            {
                steps.Add(string.Create(CultureInfo.InvariantCulture, $"{step.Elapsed.TotalSeconds:0.00} s → {p.Current}"));
                step.Restart();
            });
            using (var store = ProductStore.OpenForWriting(db))
                store.Import(new ProductImportRequest(path, ProductSource.Baci), progress);
            report.Note("import steps: " + string.Join("; ", steps));
            var seconds = clock.Elapsed.TotalSeconds;
            importSeconds.Add(seconds);
            report.Record(
                $"import {Path.GetFileName(path)}",
                string.Create(CultureInfo.InvariantCulture, $"{rows:N0} rows"),
                seconds,
                extra: string.Create(CultureInfo.InvariantCulture, $"{rows / seconds:N0} rows/s")
            );
        }
        var storeBytes = new FileInfo(db).Length + (File.Exists(db + ".wal") ? new FileInfo(db + ".wal").Length : 0);
        report.Note(
            string.Create(
                CultureInfo.InvariantCulture,
                $"store on disk: {storeBytes / 1048576.0:0} MiB for {files.Sum(f => f.Rows):N0} rows "
                    + $"(CSV: {files.Sum(f => new FileInfo(f.Path).Length) / 1048576.0:0} MiB)"
            )
        );
        using var reader = ProductStore.Open(db);
        var sections = new ProductGroupMap(2, HsSectionsByChapter());
        IReadOnlyList<ProductFlowTotal> result = [];
        report.Time(
            "lead-like query: 5 EAEU × 21 sections × partners, 2 years",
            "Totals(byPartner, EAEU)",
            () => result = reader.Totals(years, _ => sections, byPartner: true, reporters: Eaeu),
            repetitions: 5
        );
        report.Note($"{result.Count:N0} result rows");
        // The lead command's own work (issue 10's target: under 1 s): open the store, resolve the bloc, read mutual and total
        // exports by HS section for both years, compute the four variants for each member and the bloc.
        LeadResult? lead = null;
        report.Time(
            "lead: EAEU members and bloc × 21 HS sections, 2020 → 2021",
            "LeadWorkflow.Run (the lead command)",
            () => lead = LeadWorkflow.Run(new LeadRequest("EAEU", "2020", "2021", "hs-section", db)),
            repetitions: 5
        );
        report.Note($"{lead!.Rows.Count:N0} lead rows");
        report.Time(
            "all reporters × 21 sections, world totals, 2 years",
            "Totals(all reporters)",
            () => result = reader.Totals(years, _ => sections, byPartner: false),
            repetitions: 3
        );
    }

    /// <summary>Seconds R's data.table::fread takes to parse the file (measured inside R) with its default number of threads
    /// or <paramref name="threads"/>, or null without R.</summary>
    private static double? Fread(string path, int? threads)
    {
        var setThreads = threads is { } n ? string.Create(CultureInfo.InvariantCulture, $"setDTthreads({n}); ") : "";
        var script =
            $"suppressMessages(library(data.table)); {setThreads}"
            + $"t <- system.time(d <- fread('{path}', colClasses = list(character = 'k'))); "
            + "cat(t[['elapsed']], nrow(d), '\\n')";
        try
        {
            using var process = Process.Start(
                new ProcessStartInfo("Rscript", ["-e", script]) { RedirectStandardOutput = true, RedirectStandardError = true }
            );
            if (process is null)
                return null;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                return null;
            return double.Parse(output.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    /// <summary>HS chapters → the 21 HS sections (Roman numerals), for the benchmark's grouping only.</summary>
    private static Dictionary<string, string> HsSectionsByChapter()
    {
        (int From, int To, string Section)[] ranges =
        [
            (1, 5, "I"),
            (6, 14, "II"),
            (15, 15, "III"),
            (16, 24, "IV"),
            (25, 27, "V"),
            (28, 38, "VI"),
            (39, 40, "VII"),
            (41, 43, "VIII"),
            (44, 46, "IX"),
            (47, 49, "X"),
            (50, 63, "XI"),
            (64, 67, "XII"),
            (68, 70, "XIII"),
            (71, 71, "XIV"),
            (72, 83, "XV"),
            (84, 85, "XVI"),
            (86, 89, "XVII"),
            (90, 92, "XVIII"),
            (93, 93, "XIX"),
            (94, 96, "XX"),
            (97, 97, "XXI"),
        ];
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (from, to, section) in ranges)
            for (var chapter = from; chapter <= to; chapter++)
                map[chapter.ToString("00", CultureInfo.InvariantCulture)] = section;
        return map;
    }

    /// <summary>A progress receiver that runs synchronously (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class Inline<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
