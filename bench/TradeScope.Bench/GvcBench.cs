using System.Diagnostics;
using System.Globalization;
using TradeScope.Data;
using TradeScope.LinearAlgebra;
using TradeScope.Model;
using TradeScope.ValueChains;
using TradeScope.ValueChains.Decompositions;

namespace TradeScope.Bench;

/// <summary>
/// Value chains: Leontief inverse from a table versus a raw OpenBLAS dgetrf + dgetri of the same I − A (the reference,
/// measured in the same run), and WWZ for all exporters and all bilateral flows, on the synthetic 77 × 45 table
/// (n = 3,465) and on the bundled WIOD 2011 table (n = 1,435). Each table has its own reference row.
/// </summary>
/// <remarks>
/// The machine is shared (2 cores, other processes), so the reference and the Leontief build run in interleaved pairs,
/// alternating which goes first; the ratio shown is the median of the per-pair ratios (wall clock), and the process
/// CPU-time ratio is printed as a cross-check that does not count time spent waiting for a core. The reference copies
/// I − A into a buffer allocated and written before timing starts, then calls dgetrf and dgetri directly; the
/// Leontief build starts from the table (Z, x), allocates B and writes I − A into it, inverts through the provider and
/// runs its checks. Set GVC_PAIRS to change the number of pairs (default 5).
/// </remarks>
public sealed class GvcBench : IBenchSuite
{
    public string Name => "gvc";
    public string Description =>
        "Leontief inverse vs raw dgetrf+dgetri (interleaved pairs); WWZ all exporters x all flows (synthetic 77x45, WIOD 2011)";

    public void Run(BenchReport report)
    {
        if (!LinearAlgebraProviders.TryOpenBlas(out var openBlas))
        {
            report.Note(
                $"OpenBLAS not available ({LinearAlgebraProviders.OpenBlasUnavailableReason}); the suite needs it for the reference"
            );
            return;
        }
        var pairs = int.TryParse(Environment.GetEnvironmentVariable("GVC_PAIRS"), CultureInfo.InvariantCulture, out var p) && p > 0 ? p : 5;
        report.Note(LinearAlgebraProviders.Describe());
        report.Note(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{Environment.ProcessorCount} logical cores; load average at start {LoadAverage()}"
            )
        );
        Suite(report, "synthetic 77x45", SyntheticIcio.Generate(77, 45, 1), openBlas, pairs);
        Suite(report, "WIOD 2011", Wiod2013.ReadBundled(2011), openBlas, pairs + 2);
        report.Note(string.Create(CultureInfo.InvariantCulture, $"load average at end {LoadAverage()}"));
    }

    private static void Suite(BenchReport report, string label, IcioTable table, ILinearAlgebra provider, int pairs)
    {
        var n = table.Size;
        var size = string.Create(CultureInfo.InvariantCulture, $"n={n}");
        var iMinusA = LeontiefSystem.IdentityMinusA(table);
        var work = new double[n * n];
        iMinusA.CopyTo(work, 0);
        void Reference()
        {
            iMinusA.CopyTo(work, 0);
            RawInverse(n, work);
        }
        LeontiefSystem? system = null;
        var workspace = new LeontiefWorkspace();
        var phases = new Dictionary<string, List<double>>();
        void Build(LeontiefWorkspace? reuse)
        {
            var sw = Stopwatch.StartNew();
            system = LeontiefSystem.Build(
                table,
                provider,
                phase =>
                {
                    if (!phases.TryGetValue(phase, out var list))
                        phases[phase] = list = [];
                    list.Add(sw.Elapsed.TotalSeconds);
                    sw.Restart();
                },
                reuse
            );
        }
        void Fresh() => Build(null); // a one-table run: B in fresh memory
        void Reused() => Build(workspace); // a series of tables (gvc-series, rvc-regress): B in the workspace's storage

        // Warm-up (JIT, OpenBLAS threads, workspace), then interleaved triplets whose order rotates.
        Reference();
        Fresh();
        Reused();
        phases.Clear();
        var cases = new Action[] { Reference, Fresh, Reused };
        var wall = new double[3][];
        var cpu = new double[3][];
        for (var c = 0; c < 3; c++)
        {
            wall[c] = new double[pairs];
            cpu[c] = new double[pairs];
        }
        for (var k = 0; k < pairs; k++)
            for (var step = 0; step < 3; step++)
            {
                var c = (k + step) % 3;
                (wall[c][k], cpu[c][k]) = Measure(cases[c]);
            }
        string Ratios(int c) =>
            string.Join(
                ' ',
                wall[c].Select((w, k) => w / wall[0][k]).Order().Select(r => r.ToString("0.00", CultureInfo.InvariantCulture))
            );
        double PairRatio(int c) => Median(wall[c].Select((w, k) => w / wall[0][k]).ToArray());
        report.Record(
            $"raw dgetrf+dgetri, {label}",
            size,
            Median(wall[0]),
            reference: true,
            extra: string.Create(CultureInfo.InvariantCulture, $"{pairs} interleaved rounds; CPU {Median(cpu[0]):0.00} s")
        );
        report.Record(
            $"Leontief from table, fresh storage, {label}",
            size,
            Median(wall[1]),
            ratio: PairRatio(1),
            extra: string.Create(CultureInfo.InvariantCulture, $"pair ratios {Ratios(1)}; CPU ratio {Median(cpu[1]) / Median(cpu[0]):0.00}")
        );
        report.Record(
            $"Leontief from table, reused workspace, {label}",
            size,
            Median(wall[2]),
            ratio: PairRatio(2),
            extra: string.Create(CultureInfo.InvariantCulture, $"pair ratios {Ratios(2)}; CPU ratio {Median(cpu[2]) / Median(cpu[0]):0.00}")
        );
        var phaseMedians = phases.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {Median([.. kv.Value]):0.000}"));
        report.Note($"{label}: Leontief phases, median s: {string.Join(", ", phaseMedians)}");

        var partition = EconomyPartition.ByCountry(table);
        // Borin–Mancini source-based, all exporters by the column update (given B): target within 2× the raw inverse above.
        var bm = new double[pairs];
        for (var k = 0; k < pairs; k++)
            (bm[k], _) = Measure(() => BorinMancini.All(new ValueAddedAccounts(system!, partition), BmPerspective.Source));
        report.Record(
            $"Borin-Mancini bm-src, all exporters (given B), {label}",
            size,
            Median(bm),
            ratio: Median(bm) / Median(wall[0]),
            extra: string.Create(CultureInfo.InvariantCulture, $"{table.CountryCount} exporters; ratio to the median raw inverse")
        );
        var flows = n * (table.CountryCount - 1L);
        var work16 = string.Create(CultureInfo.InvariantCulture, $"{flows} exporter-sector-importer rows x 16 terms");
        report.Time($"WWZ all exporters x flows (given B), {label}", size, () => AllWwz(system!, partition), extra: work16);
        double leontief = 0,
            accounts = 0,
            wwz = 0;
        report.Time(
            $"WWZ end to end (Leontief + WWZ), {label}",
            size,
            () =>
            {
                var sw = Stopwatch.StartNew();
                var sys = LeontiefSystem.Build(table, provider);
                leontief = sw.Elapsed.TotalSeconds;
                sw.Restart();
                var acc = new ValueAddedAccounts(sys, EconomyPartition.ByCountry(table));
                accounts = sw.Elapsed.TotalSeconds;
                sw.Restart();
                for (var s = 0; s < acc.E; s++)
                    ExportDecomposition.Wwz(acc, s);
                wwz = sw.Elapsed.TotalSeconds;
            },
            repetitions: 3,
            extra: work16
        );
        report.Note(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{label}: last end-to-end run: Leontief {leontief:0.000} s, accounts {accounts:0.000} s, WWZ {wwz:0.000} s; peak " +
                    $"working set so far {BenchReport.PeakWorkingSetMiB():0} MiB"
            )
        );
    }

    private static void AllWwz(LeontiefSystem system, EconomyPartition partition)
    {
        var acc = new ValueAddedAccounts(system, partition);
        for (var s = 0; s < acc.E; s++)
            ExportDecomposition.Wwz(acc, s);
    }

    private static (double Wall, double Cpu) Measure(Action action)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        action();
        var wall = sw.Elapsed.TotalSeconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpu).TotalSeconds);
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var m = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[m] : 0.5 * (sorted[m - 1] + sorted[m]);
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    /// <summary>dgetrf + dgetri straight through the P/Invoke bindings (workspace from LAPACK's query).</summary>
    internal static unsafe void RawInverse(int n, double[] a)
    {
        var pivots = new int[n];
        int info,
            lda = n,
            lwork = -1;
        double query;
        fixed (double* pa = a)
        fixed (int* pp = pivots)
        {
            OpenBlasNative.Dgetrf(&n, &n, pa, &lda, pp, &info);
            if (info != 0)
                throw new InvalidOperationException($"dgetrf info {info}");
            OpenBlasNative.Dgetri(&n, pa, &lda, pp, &query, &lwork, &info);
            lwork = Math.Max(n, (int)query);
            var w = new double[lwork];
            fixed (double* pw = w)
                OpenBlasNative.Dgetri(&n, pa, &lda, pp, pw, &lwork, &info);
            if (info != 0)
                throw new InvalidOperationException($"dgetri info {info}");
        }
    }
}
