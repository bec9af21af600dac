using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.ValueChains;

/// <summary>
/// How industries and final-demand columns are grouped into economies for "domestic" versus "export"
/// (docs/methods/value-chains.md#table-conventions,
/// §8.5): by default one economy per country, with split blocks (CN1/CN2, MX1/MX2) and the empty aggregate block in
/// the country's economy; a country group exporter merges its members into one economy, so intra-group flows are
/// domestic and not exports.
/// </summary>
public sealed class EconomyPartition
{
    private EconomyPartition(
        IcioTable table,
        IReadOnlyList<string> names,
        int[][] rows,
        int[] economyOfCountry,
        IReadOnlyList<IReadOnlyList<string>> members,
        int groupIndex
    )
    {
        Table = table;
        Names = names;
        Rows = rows;
        EconomyOfCountry = economyOfCountry;
        Members = members;
        Economies = names.Select((name, e) => groupIndex == e ? Economy.OfGroup(name) : Economy.OfTable(name)).ToArray();
        EconomyOfRow = new int[table.Size];
        for (var e = 0; e < rows.Length; e++)
            foreach (var i in rows[e])
                EconomyOfRow[i] = e;
    }

    public IcioTable Table { get; }

    /// <summary>Economy names: country codes, or the group id for a merged group (the labels of <see cref="Economies"/>).</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The economies, typed: countries, ROW, the merged group (docs/methods/value-chains.md#economies).</summary>
    public IReadOnlyList<Economy> Economies { get; }

    /// <summary>Industry rows of each economy, ascending.</summary>
    public int[][] Rows { get; }
    public int[] EconomyOfRow { get; }

    /// <summary>Economy of each final-demand country of the table.</summary>
    public int[] EconomyOfCountry { get; }

    /// <summary>Member countries of each economy.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Members { get; }
    public int Count => Names.Count;

    /// <summary>Index of an economy by name, or −1.</summary>
    public int IndexOf(string name)
    {
        for (var e = 0; e < Names.Count; e++)
            if (string.Equals(Names[e], name, StringComparison.OrdinalIgnoreCase))
                return e;
        return -1;
    }

    /// <summary>One economy per country of the table.</summary>
    public static EconomyPartition ByCountry(IcioTable table) => Build(table, null, []);

    /// <summary>
    /// Members of <paramref name="members"/> present in the table merged into one economy named <paramref name="name"/>
    /// (placed last); other countries stay separate.
    /// </summary>
    /// <exception cref="InputException">No member is in the table.</exception>
    public static EconomyPartition WithGroup(IcioTable table, string name, IEnumerable<string> members)
    {
        var present = members.Select(m => m.ToUpperInvariant()).Where(m => table.CountryIndex(m) >= 0).Distinct().ToList();
        if (present.Count == 0)
            throw InputException.Argument(
                ValueChainParameters.Exporter,
                $"group:{name}",
                "no member of the group is a country of the table"
            );
        return Build(table, name, present);
    }

    private static EconomyPartition Build(IcioTable table, string? groupName, IReadOnlyList<string> groupMembers)
    {
        var names = new List<string>();
        var members = new List<List<string>>();
        var economyOfCountry = new int[table.CountryCount];
        var groupIndex = -1;
        for (var c = 0; c < table.CountryCount; c++)
        {
            var country = table.Countries[c];
            if (groupName is not null && groupMembers.Contains(country, StringComparer.OrdinalIgnoreCase))
            {
                economyOfCountry[c] = -1;
                continue;
            }
            economyOfCountry[c] = names.Count;
            names.Add(country);
            members.Add([country]);
        }
        if (groupName is not null)
        {
            groupIndex = names.Count;
            names.Add(groupName);
            members.Add([.. groupMembers]);
            for (var c = 0; c < economyOfCountry.Length; c++)
                if (economyOfCountry[c] < 0)
                    economyOfCountry[c] = groupIndex;
        }
        var rows = new List<int>[names.Count];
        for (var e = 0; e < rows.Length; e++)
            rows[e] = [];
        for (var i = 0; i < table.Size; i++)
            rows[economyOfCountry[table.CountryOfRow(i)]].Add(i);
        return new EconomyPartition(table, names, rows.Select(r => r.ToArray()).ToArray(), economyOfCountry, members, groupIndex);
    }
}
