using System.Globalization;
using TradeScope.Data;
using TradeScope.LinearAlgebra;
using TradeScope.ValueChains;

namespace TradeScope.Bench;

/// <summary>
/// Reading a full-size extended OECD ICIO 2023 file (3,648 rows × 4,108 numeric columns, dense, about 250 MB of plain
/// CSV, written from <see cref="SyntheticIcio.Oecd2023Extended"/>) against one OpenBLAS Leontief inverse (dgetrf +
/// dgetri) of the same table, in the same run (the reference). Target: reading takes no longer than the inverse.
/// </summary>
/// <remarks>
/// The file is generated into a temporary folder and deleted at the end. Rows: the whole <see cref="OecdIcioLayout.Read"/>
/// (file check, Sep parse, build and validation of the table), and its parts: the UTF-8 check of
/// <see cref="InputFile.Verify"/> and the Sep + csFastFloat parse alone. Each is the median of 3 runs after a warm-up.
/// </remarks>
public sealed class IcioReadBench : IBenchSuite
{
    public string Name => "icio-read";
    public string Description =>
        "read a full-size extended OECD ICIO 2023 CSV (3,648 x 4,109, ~250 MB) vs one OpenBLAS Leontief inverse of it";

    public void Run(BenchReport report)
    {
        if (!LinearAlgebraProviders.TryOpenBlas(out _))
        {
            report.Note($"OpenBLAS not available ({LinearAlgebraProviders.OpenBlasUnavailableReason}); the reference needs it");
            return;
        }
        var folder = Directory.CreateTempSubdirectory("tradescope-icio-read-").FullName;
        try
        {
            var path = Path.Combine(folder, "2020.csv");
            var table = SyntheticIcio.Oecd2023Extended(seed: 1, foreignDensity: 1.0);
            using (var writer = new StreamWriter(path))
                OecdIcioLayout.Write(table, writer, OecdIcioEdition.Edition2023, numberFormat: "G15");
            var megabytes = new FileInfo(path).Length / 1e6;
            var size = string.Create(CultureInfo.InvariantCulture, $"{megabytes:0} MB, n={table.Size}");
            report.Note(LinearAlgebraProviders.Describe());
            report.Note(string.Create(CultureInfo.InvariantCulture, $"{path}: {megabytes:0.0} MB"));

            var n = table.Size;
            var iMinusA = LeontiefSystem.IdentityMinusA(table);
            var work = new double[n * n];
            report.Time(
                "one OpenBLAS inverse (dgetrf+dgetri) of I - A",
                $"n={n}",
                () =>
                {
                    iMinusA.CopyTo(work, 0);
                    GvcBench.RawInverse(n, work);
                },
                reference: true
            );
            report.Time("OecdIcioLayout.Read (check + parse + build)", size, () => OecdIcioLayout.Read(path, 2020));
            report.Time("  of which InputFile check (UTF-8 pass)", size, () => InputFile.Verify(path, parquetAllowed: false));
            report.Time(
                "  of which Sep + csFastFloat parse",
                size,
                () =>
                {
                    using var stream = File.OpenRead(path);
                    LabelledCsv.Read(stream, path);
                }
            );
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
