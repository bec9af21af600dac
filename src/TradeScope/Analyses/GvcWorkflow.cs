using System.Globalization;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.LinearAlgebra;
using TradeScope.Model;
using TradeScope.ValueChains;

namespace TradeScope.Analyses;

/// <summary>What <c>tradescope gvc</c> asks for.</summary>
/// <param name="Table">Path, or <c>bundled:wiod2013[:YEAR]</c>.</param>
/// <param name="Sectors">null/"all", "standard" (WIOD aggregates) or a CSV <c>group,sector</c>.</param>
/// <param name="Groups">User groups ID → members (from <c>--group ID=ISO3,ISO3</c>).</param>
public sealed record GvcRequest(string Table, IcioLayout Layout, int? Year, GvcMethod Method, string Exporter, bool Detail,
    string? Sectors, IReadOnlyDictionary<string, IReadOnlyList<string>> Groups, ILinearAlgebra Provider);

/// <summary>Workflows of the value-chain commands: read a table, build the Leontief system, decompose.</summary>
public static class GvcWorkflow
{
    /// <summary>Parses a method name (oecd|tiva|kww|wwz|participation).</summary>
    /// <exception cref="InputException">Unknown method.</exception>
    public static GvcMethod ParseMethod(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "oecd" => GvcMethod.Oecd,
        "tiva" => GvcMethod.Tiva,
        "kww" => GvcMethod.Kww,
        "wwz" => GvcMethod.Wwz,
        "participation" or "bp" => GvcMethod.Participation,
        _ => throw InputException.Argument("--method", text, "unknown method; use oecd|tiva|kww|wwz|participation"),
    };

    /// <summary>Parses <c>--group ID=ISO3,ISO3,...</c> definitions.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ParseGroups(IEnumerable<string> definitions)
    {
        var groups = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var d in definitions)
        {
            var eq = d.IndexOf('=');
            if (eq <= 0) throw InputException.Argument("--group", d, "expected ID=ISO3,ISO3,...");
            var members = d[(eq + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(m => m.ToUpperInvariant()).ToList();
            if (members.Count == 0) throw InputException.Argument("--group", d, "no members");
            groups[d[..eq].Trim().ToUpperInvariant()] = members;
        }
        return groups;
    }

    /// <summary>Reads the table and runs the method.</summary>
    public static GvcResult Run(GvcRequest request)
    {
        var table = IcioReader.Read(request.Table, request.Layout, request.Year);
        var system = LeontiefSystem.Build(table, request.Provider);
        var sectors = SectorAggregation.Parse(request.Sectors, table.Sectors);
        var result = GvcAnalysis.Run(system, request.Method, request.Exporter, request.Detail, sectors, request.Groups);
        return result with { Notes = [.. result.Notes, table.Balance.ToString()] };
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
