using System.Globalization;
using TradeScope.Data;
using TradeScope.LinearAlgebra;
using TradeScope.Model;
using TradeScope.ValueChains;

namespace TradeScope.Bench;

/// <summary>
/// Value chains: Leontief inverse from a table versus a raw OpenBLAS dgetrf + dgetri of the same I − A (reference,
/// measured in the same run), and WWZ for all exporters and all bilateral flows, on the synthetic 77 × 45 table
/// (n = 3,465) and on the bundled WIOD 2011 table (n = 1,435).
/// </summary>
public sealed class GvcBench : IBenchSuite
{
    public string Name => "gvc";
    public string Description => "Leontief inverse vs raw dgetrf+dgetri; WWZ all exporters x all flows (synthetic 77x45, WIOD 2011)";

    public void Run(BenchReport report)
    {
        if (!LinearAlgebraProviders.TryOpenBlas(out var openBlas))
        {
            report.Note($"OpenBLAS not available ({LinearAlgebraProviders.OpenBlasUnavailableReason}); the suite needs it for the reference");
            return;
        }
        report.Note($"provider: {openBlas.Name}; {Environment.ProcessorCount} logical cores");
        var synthetic = SyntheticIcio.Generate(77, 45, 1);
        Suite(report, "synthetic 77x45", synthetic, openBlas, reference: true);
        Suite(report, "WIOD 2011", Wiod2013.ReadBundled(2011), openBlas, reference: false);
    }

    private static void Suite(BenchReport report, string label, IcioTable table, ILinearAlgebra provider, bool reference)
    {
        var n = table.Size;
        var size = string.Create(CultureInfo.InvariantCulture, $"n={n}");
        var iMinusA = LeontiefSystem.IdentityMinusA(table);
        var work = new double[n * n];
        report.Time($"raw dgetrf+dgetri, {label}", size, () => { iMinusA.CopyTo(work, 0); RawInverse(n, work); }, reference: reference);
        LeontiefSystem? system = null;
        report.Time($"Leontief from table, {label}", size, () => system = LeontiefSystem.Build(table, provider));
        var flows = table.Size * (table.CountryCount - 1L);
        report.Time($"WWZ all exporters x flows (given B), {label}", size, () =>
        {
            var acc = new ValueAddedAccounts(system!, EconomyPartition.ByCountry(table));
            for (var s = 0; s < acc.E; s++) ExportDecomposition.Wwz(acc, s);
        }, extra: $"{flows} exporter-sector-importer rows x 16 terms");
        report.Time($"WWZ end to end (Leontief + WWZ), {label}", size, () =>
        {
            var sys = LeontiefSystem.Build(table, provider);
            var acc = new ValueAddedAccounts(sys, EconomyPartition.ByCountry(table));
            for (var s = 0; s < acc.E; s++) ExportDecomposition.Wwz(acc, s);
        }, repetitions: 1);
        report.Note(string.Create(CultureInfo.InvariantCulture, $"{label}: peak working set so far {BenchReport.PeakWorkingSetMiB():0} MiB"));
    }

    /// <summary>dgetrf + dgetri straight through the P/Invoke bindings (workspace from LAPACK's query).</summary>
    private static unsafe void RawInverse(int n, double[] a)
    {
        var pivots = new int[n];
        int info, lda = n, lwork = -1;
        double query;
        fixed (double* pa = a)
        fixed (int* pp = pivots)
        {
            OpenBlasNative.Dgetrf(&n, &n, pa, &lda, pp, &info);
            if (info != 0) throw new InvalidOperationException($"dgetrf info {info}");
            OpenBlasNative.Dgetri(&n, pa, &lda, pp, &query, &lwork, &info);
            lwork = Math.Max(n, (int)query);
            var w = new double[lwork];
            fixed (double* pw = w) OpenBlasNative.Dgetri(&n, pa, &lda, pp, pw, &lwork, &info);
            if (info != 0) throw new InvalidOperationException($"dgetri info {info}");
        }
    }
}
