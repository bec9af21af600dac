using System.Globalization;
using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data;

/// <summary>Reads ICIO tables in the layouts of <see cref="IcioLayouts"/> into a validated <see cref="IcioTable"/>.</summary>
public static class IcioReader
{
    /// <summary>Layout names on the command line.</summary>
    public static IReadOnlyList<string> LayoutNames => IcioLayouts.All.Select(l => l.Name).ToList();

    /// <summary>Parses a layout name or alias (<see cref="IcioLayouts.Choices"/>).</summary>
    /// <exception cref="InputException">Unknown layout.</exception>
    public static IcioLayout ParseLayout(string? text) =>
        IcioLayouts.Find(text) ?? throw InputException.Argument(DataParameters.Layout, text, $"unknown layout; use {IcioLayouts.Choices}");

    /// <summary>
    /// The layout of <paramref name="table"/>: that of the bundled tables for <c>bundled:…</c>; for a file or directory the
    /// <c>--layout</c> value, which is then required (layouts are not guessed from file contents).
    /// </summary>
    /// <exception cref="InputException">"--layout: required with --table PATH (a file or directory): wiod2013|oecd|exvatools|generic",
    /// or an unknown layout.</exception>
    public static IcioLayout LayoutFor(string table, string? layout, string tableOption)
    {
        if (IcioSource.IsBundled(table))
        {
            var bundled = IcioSource.BundledLayoutOf(table);
            var parsed = string.IsNullOrWhiteSpace(layout) ? bundled : ParseLayout(layout);
            return parsed == bundled
                ? parsed
                : throw InputException.Argument(
                    DataParameters.Layout,
                    layout,
                    $"the bundled tables ({table}) are in the {bundled.Name} layout; omit " + InputException.Mention(DataParameters.Layout)
                );
        }
        if (string.IsNullOrWhiteSpace(layout))
            throw InputException.Argument(
                DataParameters.Layout,
                null,
                $"required with {InputException.Mention(tableOption)} {table} (a file or directory): {IcioLayouts.Choices}"
            );
        return ParseLayout(layout);
    }

    /// <summary>
    /// Reads a table. <paramref name="table"/> is a path in <paramref name="layout"/>, or <c>bundled:NAME[:YEAR]</c> for
    /// tables bundled in TradeScope (e.g. <c>bundled:wiod2013</c>, 1995–2011; their layout implied).
    /// </summary>
    /// <exception cref="InputException">Missing file, malformed table, year not available.</exception>
    public static IcioTable Read(string table, IcioLayout layout, int? year = null)
    {
        var source = IcioSource.Table(table, DataParameters.Table);
        if (source.BundledLayout?.Bundled is not { } bundled)
            return layout.ReadTable(table, year);
        if (source.Year is { } y)
        {
            if (year is not null && year != y)
                throw InputException.Argument(
                    DataParameters.Year,
                    year.ToString(),
                    $"differs from the year in {InputException.Mention(DataParameters.Table)} {table}"
                );
            year = y;
        }
        return bundled.Read(year ?? bundled.DefaultYear);
    }

    /// <summary>Country of a region label: OECD ICIO split blocks CN1–CN4 → CHN, MX1–MX3 → MEX; WIOD ROM → ROU, RoW → ROW
    /// (docs/methods/value-chains.md#table-conventions, docs/methods/value-chains.md#china-mexico-split).</summary>
    public static string CountryOfRegion(string region)
    {
        var r = region.ToUpperInvariant();
        if (r.Length == 3 && r.StartsWith("CN", StringComparison.Ordinal) && r[2] is >= '1' and <= '4')
            return "CHN";
        if (r.Length == 3 && r.StartsWith("MX", StringComparison.Ordinal) && r[2] is >= '1' and <= '3')
            return "MEX";
        return NormaliseCountry(r);
    }

    /// <summary>WIOD's ROM is Romania (ISO3 ROU); RoW → ROW.</summary>
    public static string NormaliseCountry(string code)
    {
        var c = code.Trim().ToUpperInvariant();
        return c == "ROM" ? "ROU" : c;
    }

    /// <summary>Splits "REGION_SECTOR" at the first separator (sector codes may contain underscores; pymrio #157).</summary>
    internal static (string Region, string Suffix)? SplitLabel(string label, char separator = '_')
    {
        var k = label.IndexOf(separator);
        return k <= 0 || k == label.Length - 1 ? null : (label[..k], label[(k + 1)..]);
    }

    /// <summary>
    /// Builds the industry index from row labels: regions and sectors in order of first appearance; every region must
    /// have every sector exactly once. Returns the table index of each label.
    /// </summary>
    internal static (List<string> Regions, List<string> Sectors, Dictionary<string, int> Index) IndexRows(
        IReadOnlyList<string> rowLabels,
        string source,
        char separator,
        Func<string, string> regionName
    )
    {
        var regions = new List<string>();
        var sectors = new List<string>();
        var parsed = new List<(string R, string S)>();
        for (var i = 0; i < rowLabels.Count; i++)
        {
            var split =
                SplitLabel(rowLabels[i], separator)
                ?? throw InputException.At(source, i + 2, $"row label '{rowLabels[i]}' is not REGION{separator}SECTOR");
            var region = regionName(split.Region);
            if (!regions.Contains(region))
                regions.Add(region);
            if (!sectors.Contains(split.Suffix))
                sectors.Add(split.Suffix);
            parsed.Add((region, split.Suffix));
        }
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < parsed.Count; i++)
        {
            if (!seen.Add(parsed[i]))
                throw InputException.At(source, i + 2, $"duplicate row label '{rowLabels[i]}'");
            index[rowLabels[i]] = regions.IndexOf(parsed[i].R) * sectors.Count + sectors.IndexOf(parsed[i].S);
        }
        foreach (var r in regions)
            foreach (var s in sectors)
                if (!seen.Contains((r, s)))
                    throw InputException.At(source, 1, $"region {r} lacks sector {s} (every region needs every sector)");
        return (regions, sectors, index);
    }
}
