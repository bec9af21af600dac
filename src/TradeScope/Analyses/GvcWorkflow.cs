using System.Globalization;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.LinearAlgebra;
using TradeScope.Model;
using TradeScope.ValueChains;
using TradeScope.ValueChains.Decompositions;

namespace TradeScope.Analyses;

/// <summary>What <c>tradescope gvc</c> asks for.</summary>
/// <param name="Table">Path, or <c>bundled:wiod2013[:YEAR]</c>.</param>
/// <param name="Method">A registry entry (<see cref="GvcMethods.Parse"/>).</param>
/// <param name="Sectors">null/"all", "standard" (WIOD aggregates) or a CSV <c>group,sector</c>.</param>
/// <param name="Groups">Groups for <c>--exporter group:ID</c> (bundled plus <c>--groups FILE</c>); null = bundled.</param>
public sealed record GvcRequest(
    string Table,
    IcioLayout Layout,
    int? Year,
    GvcMethod Method,
    string Exporter,
    bool Detail,
    string? Sectors,
    GroupRegistry? Groups,
    ILinearAlgebra Provider
);

/// <summary>Workflows of the value-chain commands: read a table, build the Leontief system, decompose.</summary>
public static class GvcWorkflow
{
    /// <summary>Reads the table and runs the method.</summary>
    /// <exception cref="InputException">Unknown exporter code or group (checked before the table is read), bad table.</exception>
    public static GvcResult Run(GvcRequest request)
    {
        CheckExporter(request.Exporter, request.Groups);
        var table = IcioReader.Read(request.Table, request.Layout, request.Year);
        var system = LeontiefSystem.Build(table, request.Provider);
        var sectors = SectorAggregation.Parse(request.Sectors, table.Sectors);
        var group = GroupResolution.IsGroup(request.Exporter)
            ? GroupResolution.Resolve(request.Exporter, AnalysesParameters.Exporter, table.Year, request.Groups)
            : null;
        var result = GvcAnalysis.Run(system, request.Method, request.Exporter, request.Detail, sectors, group);
        return result with { Notes = [.. result.Notes, table.Balance.ToString()] };
    }

    /// <summary>Rejects an unknown group name before any table is read (members and dates are resolved against the table).</summary>
    private static void CheckExporter(string exporter, GroupRegistry? groups)
    {
        if (!GroupResolution.IsGroup(exporter))
            return;
        var name = exporter.Trim()[GroupResolution.Prefix.Length..];
        var at = name.IndexOf('@');
        if (at >= 0)
            name = name[..at];
        if (name.Equals("EU27", StringComparison.OrdinalIgnoreCase) || name.Equals("EU28", StringComparison.OrdinalIgnoreCase))
            return;
        (groups ?? GroupRegistry.Default).Resolve(GroupResolution.Prefix + name, AnalysesParameters.Exporter);
    }

    /// <summary>Generates a synthetic table (<see cref="SyntheticIcio"/>) and writes it in the generic layout, gzip-compressed.</summary>
    public static IcioTable Synthesize(int countries, int sectors, int seed, Stream output)
    {
        var table = SyntheticIcio.Generate(countries, sectors, seed);
        using var gzip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true);
        using var writer = new StreamWriter(gzip, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        GenericIcioLayout.Write(table, writer);
        return table;
    }

    /// <summary>File name used by <c>gvc synth</c> in its output directory.</summary>
    public static string SyntheticFileName(int countries, int sectors, int seed) =>
        string.Create(CultureInfo.InvariantCulture, $"icio_synthetic_{countries}x{sectors}_seed{seed}.csv.gz");
}
