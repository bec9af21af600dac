using TradeScope.Core;

namespace TradeScope.ValueChains;

/// <summary>
/// Named groups of a table's sectors; additive terms are summed over a group's members, shares are recomputed from
/// the sums. Groups may overlap (total manufacturing contains chemicals).
/// </summary>
public sealed record SectorAggregation(IReadOnlyList<(string Name, int[] Members)> Groups)
{
    /// <summary>Each sector on its own.</summary>
    public static SectorAggregation Identity(IReadOnlyList<string> sectors) => new(sectors.Select((s, i) => (s, new[] { i })).ToList());

    /// <summary>
    /// The standard aggregates of the WIOD 2013 classification (NACE Rev.1.1): TOTAL_MANUFACTURING = c3–c16,
    /// CHEMICALS = c9 (24), ELECTRICAL_OPTICAL = c14 (30t33), TRANSPORT_EQUIPMENT = c15 (34t35).
    /// </summary>
    /// <exception cref="InputException">The table does not use WIOD sector codes.</exception>
    public static SectorAggregation StandardWiod(IReadOnlyList<string> sectors)
    {
        int Index(string code) =>
            sectors.ToList().FindIndex(s => s.Equals(code, StringComparison.OrdinalIgnoreCase)) is var i and >= 0
                ? i
                : throw InputException.Argument(
                    ValueChainParameters.Sectors,
                    "standard",
                    $"the standard aggregates need WIOD 2013 sector codes (c1..c35); sector {code} is not in the table — pass a CSV instead"
                );
        return new([
            ("TOTAL_MANUFACTURING", Enumerable.Range(3, 14).Select(k => Index($"c{k}")).ToArray()),
            ("CHEMICALS", [Index("c9")]),
            ("ELECTRICAL_OPTICAL", [Index("c14")]),
            ("TRANSPORT_EQUIPMENT", [Index("c15")]),
        ]);
    }

    /// <summary>Reads a CSV with header <c>group,sector</c>: one line per member sector (group names in first-appearance order).</summary>
    /// <exception cref="InputException">Missing file, bad header, unknown sector code.</exception>
    public static SectorAggregation FromCsv(string path, IReadOnlyList<string> sectors)
    {
        if (!File.Exists(path))
            throw InputException.Argument(
                ValueChainParameters.Sectors,
                path,
                "file not found (use all, standard or the path of a CSV group,sector)"
            );
        var table = Data.CsvTable.Load(path);
        if (!table.Header.Select(h => h.ToLowerInvariant()).SequenceEqual(["group", "sector"]))
            throw InputException.At(path, 1, "header must be 'group,sector'");
        var groups = new List<(string Name, List<int> Members)>();
        foreach (var row in table.Rows)
        {
            var (group, sector) = (row[0], row[1]);
            var k = sectors.ToList().FindIndex(s => s.Equals(sector, StringComparison.OrdinalIgnoreCase));
            if (k < 0)
                throw InputException.At(path, row.Line, $"unknown sector '{sector}' (table sectors: {string.Join(" ", sectors.Take(8))}…)");
            var g = groups.FindIndex(x => x.Name == group);
            if (g < 0)
            {
                groups.Add((group, []));
                g = groups.Count - 1;
            }
            if (!groups[g].Members.Contains(k))
                groups[g].Members.Add(k);
        }
        if (groups.Count == 0)
            throw InputException.At(path, 1, "no sector groups");
        return new(groups.Select(g => (g.Name, g.Members.ToArray())).ToList());
    }

    /// <summary>Parses the sector aggregation (<see cref="ValueChainParameters.Sectors"/>): null/"all" = each sector,
    /// "standard" = WIOD aggregates, else a CSV path.</summary>
    public static SectorAggregation Parse(string? option, IReadOnlyList<string> sectors) =>
        option?.Trim().ToLowerInvariant() switch
        {
            null or "" or "all" => Identity(sectors),
            "standard" => StandardWiod(sectors),
            _ => FromCsv(option!, sectors),
        };

    /// <summary>Sums a by-sector vector over each group (one value per group, in group order).</summary>
    public (string Sector, double Value)[] Apply(ReadOnlySpan<double> bySector)
    {
        var sums = new (string, double)[Groups.Count];
        for (var g = 0; g < sums.Length; g++)
        {
            var (name, members) = Groups[g];
            double sum = 0;
            foreach (var k in members)
                sum += bySector[k];
            sums[g] = (name, sum);
        }
        return sums;
    }
}
