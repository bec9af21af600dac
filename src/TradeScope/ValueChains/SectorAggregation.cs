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
                    $"the standard aggregates need WIOD 2013 sector codes (c1..c35); sector {code} is not in the table — pass a CSV "
                        + $"instead"
                );
        return new([
            ("TOTAL_MANUFACTURING", Enumerable.Range(3, 14).Select(k => Index($"c{k}")).ToArray()),
            ("CHEMICALS", [Index("c9")]),
            ("ELECTRICAL_OPTICAL", [Index("c14")]),
            ("TRANSPORT_EQUIPMENT", [Index("c15")]),
        ]);
    }

    /// <summary>TiVA industry ids of the 2023 ICIO codes that are a section letter alone (OECD 2023, ReadMe of the ICIO
    /// tables: D = electricity = TiVA D35, …); the other 2023 codes drop their letter and write ranges with T.</summary>
    private static readonly Dictionary<string, string> OecdSectionIds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["D"] = "D35",
        ["E"] = "D36T39",
        ["F"] = "D41T43",
        ["G"] = "D45T47",
        ["I"] = "D55T56",
        ["K"] = "D64T66",
        ["L"] = "D68",
        ["M"] = "D69T75",
        ["N"] = "D77T82",
        ["O"] = "D84",
        ["P"] = "D85",
        ["Q"] = "D86T88",
        ["R"] = "D90T93",
        ["S"] = "D94T96",
        ["T"] = "D97T98",
    };

    /// <summary>
    /// The TiVA industry id of an OECD ICIO industry code of any edition, or null: 2023 label suffixes (<c>C10T12</c>,
    /// <c>C17_18</c>, <c>D</c>) → <c>D10T12</c>, <c>D17T18</c>, <c>D35</c>; 2021 and 2018 suffixes (<c>10T12</c>) get a
    /// <c>D</c> in front; TiVA ids (<c>D10T12</c>, as exvatools writes them) stay.
    /// </summary>
    public static string? TivaId(string code)
    {
        var c = code.Trim().ToUpperInvariant();
        if (OecdSectionIds.TryGetValue(c, out var section))
            return section;
        var m = OecdIndustryCode.Match(c);
        return m.Success ? $"D{m.Groups["first"].Value}{(m.Groups["last"].Success ? "T" + m.Groups["last"].Value : "")}" : null;
    }

    /// <summary>An OECD industry code with divisions: an optional ISIC section letter of the 2023 codes (A, B, C, H, J) or
    /// the D of TiVA ids, the first division, and the last one after T (or _ in 2023 codes).</summary>
    private static readonly System.Text.RegularExpressions.Regex OecdIndustryCode = new(
        "^[ABCDHJ]?(?<first>[0-9]{2})([T_](?<last>[0-9]{2}))?$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant
    );

    /// <summary>First and last ISIC division of a TiVA id (<c>D10T12</c> → (10, 12), <c>D26</c> → (26, 26)), or null.</summary>
    private static (int First, int Last)? Divisions(string tivaId)
    {
        var parts = tivaId[1..].Split('T');
        if (parts.Length is < 1 or > 2 || !parts.All(p => p.Length == 2 && p.All(char.IsAsciiDigit)))
            return null;
        var first = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        return (first, parts.Length == 2 ? int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) : first);
    }

    /// <summary>
    /// The study aggregates on an OECD ICIO table of any edition, by TiVA id (<see cref="TivaId"/>):
    /// TOTAL_MANUFACTURING = every industry within ISIC divisions 10–33 (D10T12 … D31T33), CHEMICALS = D20 (D20T21 in
    /// the 2018 edition, which does not separate pharmaceuticals), PHARMACEUTICALS = D21, CHEMICALS_PHARMACEUTICALS =
    /// D20 + D21, ELECTRONICS = D26 (computer, electronic and optical products), TRANSPORT_EQUIPMENT = D29 + D30.
    /// An aggregate whose industries are not all in the table is left out.
    /// </summary>
    /// <exception cref="InputException">No manufacturing industry has an OECD code (the table is not an OECD ICIO table).</exception>
    public static SectorAggregation StandardOecd(IReadOnlyList<string> sectors)
    {
        var ids = sectors.Select(TivaId).ToList();
        int[] Of(params string[] wanted) =>
            wanted.Select(w => ids.FindIndex(id => id == w)).ToArray() is var k && k.All(i => i >= 0) ? k : [];
        var manufacturing = Enumerable
            .Range(0, ids.Count)
            .Where(i => ids[i] is { } id && Divisions(id) is { First: >= 10, Last: <= 33 })
            .ToArray();
        if (manufacturing.Length == 0)
            throw InputException.Argument(
                ValueChainParameters.Sectors,
                "standard",
                $"no manufacturing industry (TiVA D10T12 … D31T33, 2023 codes C10T12 … C31T33) in the table "
                    + $"({string.Join(" ", sectors.Take(8))} …)"
            );
        var chemicals = Of("D20") is { Length: > 0 } c20 ? c20 : Of("D20T21");
        var groups = new List<(string Name, int[] Members)>
        {
            ("TOTAL_MANUFACTURING", manufacturing),
            ("CHEMICALS", chemicals),
            ("PHARMACEUTICALS", Of("D21")),
            ("CHEMICALS_PHARMACEUTICALS", Of("D20", "D21")),
            ("ELECTRONICS", Of("D26")),
            ("TRANSPORT_EQUIPMENT", Of("D29", "D30")),
        };
        return new(groups.Where(g => g.Members.Length > 0).ToList());
    }

    /// <summary>True when the table has the WIOD 2013 sector codes of the standard aggregates (c3 … c16).</summary>
    public static bool IsWiod(IReadOnlyList<string> sectors) =>
        Enumerable.Range(3, 14).All(k => sectors.Contains($"c{k}", StringComparer.OrdinalIgnoreCase));

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
                throw InputException.At(
                    path,
                    row.Line,
                    $"unknown sector '{sector}' (table sectors: " + $"{string.Join(" ", sectors.Take(8))}…)"
                );
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
