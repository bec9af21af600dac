using System.Globalization;
using TradeScope.LinearAlgebra;
using TradeScope.Model;
using TradeScope.ValueChains;
using Xunit;

namespace TradeScope.Tests.ValueChains;

/// <summary>Builds small ICIO tables for tests and compares numbers.</summary>
internal static class IcioTestSupport
{
    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    /// <summary>A table from row-major Z (n×n) and Y (n×C), one region per country.</summary>
    public static IcioTable Table(string[] countries, string[] sectors, double[,] z, double[,] y, double[]? published = null)
    {
        var builder = new IcioTableBuilder("test", countries, countries, sectors, countries) { PublishedOutput = published };
        var n = countries.Length * sectors.Length;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
                builder.Intermediate[i + j * n] = z[i, j];
            for (var c = 0; c < countries.Length; c++)
                builder.FinalDemand[i + c * n] = y[i, c];
        }
        return builder.Build();
    }

    public static LeontiefSystem Leontief(IcioTable table, ILinearAlgebra? provider = null) =>
        LeontiefSystem.Build(table, provider ?? ManagedLinearAlgebra.Instance);

    /// <summary>|actual − printed| ≤ half a unit of the printed last digit (docs/methods/README.md#tolerances).</summary>
    public static void Printed(string printed, double actual, string what)
    {
        var expected = double.Parse(printed, CultureInfo.InvariantCulture);
        var dot = printed.IndexOf('.');
        var decimals = dot < 0 ? 0 : printed.Length - dot - 1;
        var tolerance = 0.5 * Math.Pow(10, -decimals) + 1e-12;
        Assert.True(Math.Abs(actual - expected) <= tolerance, $"{what}: expected {printed} (±{tolerance:G2}), got {actual:R}");
    }

    /// <summary>|actual − expected| ≤ rel·max(|expected|, floor).</summary>
    public static void Relative(double expected, double actual, double rel, string what, double floor = 1e-12)
    {
        var tolerance = rel * Math.Max(Math.Abs(expected), floor);
        Assert.True(
            Math.Abs(actual - expected) <= tolerance,
            $"{what}: expected {expected:R}, got {actual:R} (relative tolerance {rel:G2})"
        );
    }

    /// <summary>Reads a small CSV (header + rows) into string arrays.</summary>
    public static List<string[]> Csv(string path) =>
        File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => TradeScope.Data.LabelledCsv.Split(l).ToArray()).ToList();
}
