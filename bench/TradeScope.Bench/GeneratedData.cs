using System.Globalization;

namespace TradeScope.Bench;

/// <summary>The size and scratch folder of the suites that generate BACI-sized data (products, product-potential).</summary>
internal static class GeneratedData
{
    /// <summary>Countries and products from <paramref name="variable"/> ("countries,products"), else BACI's 200 × 5,000.</summary>
    public static (int Countries, int Products) Size(string variable)
    {
        var text = Environment.GetEnvironmentVariable(variable);
        if (text is null)
            return (200, 5000);
        var parts = text.Split(',');
        return (int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    /// <summary>Runs <paramref name="run"/> in a new temporary folder named after the suite, deleted afterwards.</summary>
    public static void InScratchFolder(string suite, Action<string> run)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"tradescope-bench-{suite}-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            run(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
