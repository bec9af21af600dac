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
/// data.table::fread in the same run (the reference, when Rscript and data.table are installed; three fread–import pairs,
/// interleaved, with the median of their ratios; fread on every core beside it), the store's size on
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
        // The reference is fread as data.table runs it by default (half the cores: one thread here). This machine's speed
        // drifts by ±20 % within minutes, so the first file is parsed by fread and imported into a new store in interleaved
        // pairs, and the ratio is the median of the pairs' ratios. fread on every core is recorded beside it.
        const int pairs = 3;
        var freads = new List<double>();
        var imports = new List<double>();
        var db = "";
        for (var pair = 0; pair < pairs; pair++)
        {
            if (Fread(first, threads: null) is { } seconds)
                freads.Add(seconds);
            if (db.Length > 0)
                DeleteStore(db);
            db = Path.Combine(folder, $"products-{pair}.duckdb");
            imports.Add(Import(report, db, first));
        }
        var rowsPerSecond = string.Create(CultureInfo.InvariantCulture, $"{firstRows / Median(imports):N0} rows/s");
        var runs = string.Join(", ", imports.Select(t => t.ToString("0.00", CultureInfo.InvariantCulture)));
        if (freads.Count == pairs)
        {
            report.Record(
                "data.table::fread (R, same file, default threads)",
                size,
                Median(freads),
                reference: true,
                extra: "parse only, in R, timed by system.time; median of "
                    + string.Join(", ", freads.Select(t => t.ToString("0.00", CultureInfo.InvariantCulture)))
            );
            if (Fread(first, threads: Environment.ProcessorCount) is { } all)
                report.Record(
                    $"data.table::fread (R, same file, {Environment.ProcessorCount} threads)",
                    size,
                    all,
                    extra: "setDTthreads(every core), one run"
                );
            var ratios = imports.Zip(freads, (import, fread) => import / fread).ToArray();
            report.Record(
                $"import {Path.GetFileName(first)} (new store)",
                size,
                Median(imports),
                extra: $"{rowsPerSecond}; median of {runs}; ratio = median of the {pairs} interleaved pairs' ratios",
                ratio: Median(ratios)
            );
        }
        else
        {
            report.Note("Rscript with data.table not found: no reference parse (apt-get install r-cran-data.table)");
            report.Record(
                $"import {Path.GetFileName(first)} (new store)",
                size,
                Median(imports),
                extra: $"{rowsPerSecond}; median of {runs}"
            );
        }
        var (second, secondRows) = files[1];
        var secondSeconds = Import(report, db, second);
        report.Record(
            $"import {Path.GetFileName(second)} (beside {years[0]})",
            string.Create(CultureInfo.InvariantCulture, $"{secondRows:N0} rows"),
            secondSeconds,
            extra: string.Create(CultureInfo.InvariantCulture, $"{secondRows / secondSeconds:N0} rows/s; one run")
        );
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

    /// <summary>Imports a file into the store (opened for writing, closed after) and notes its progress steps; returns the
    /// seconds taken.</summary>
    private static double Import(BenchReport report, string db, string path)
    {
        var clock = Stopwatch.StartNew();
        // Each step's time is attributed to the step that was running: "opening" until the first report.
        var steps = new List<string>();
        var step = Stopwatch.StartNew();
        var current = "opening the store";
        var progress = new Inline<ProgressStep>(p =>
        {
            steps.Add(string.Create(CultureInfo.InvariantCulture, $"{current} {step.Elapsed.TotalSeconds:0.00} s"));
            current = p.Current.Length > 0 ? p.Current : "catalogue";
            step.Restart();
        });
        using (var store = ProductStore.OpenForWriting(db))
            store.Import(new ProductImportRequest(path, ProductSource.Baci), progress);
        var seconds = clock.Elapsed.TotalSeconds;
        steps.Add(string.Create(CultureInfo.InvariantCulture, $"closing {step.Elapsed.TotalSeconds:0.00} s"));
        report.Note(
            string.Create(CultureInfo.InvariantCulture, $"import {Path.GetFileName(path)}: {seconds:0.00} s; steps: ")
                + string.Join("; ", steps)
        );
        return seconds;
    }

    private static void DeleteStore(string db)
    {
        File.Delete(db);
        File.Delete(db + ".wal");
    }

    private static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToArray();
        var m = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[m] : 0.5 * (sorted[m - 1] + sorted[m]);
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
