using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Analyses;

/// <summary>Mutual and total exports of one unit (a member, or the bloc as a whole) in one product group, averaged over
/// the years of the start and end periods, US$ (docs/methods/products.md#lead-notation: m_i and g_i; e_i = g_i − m_i).</summary>
/// <param name="Unit">The member's ISO3 code, or the bloc's id for the bloc as a whole.</param>
/// <param name="Group">The product group's code, or <see cref="LeadAggregation.AllGoods"/> for the totals m and g.</param>
public sealed record LeadFlows(string Unit, string Group, double Mutual0, double Mutual1, double Total0, double Total1);

/// <summary>Sums store rows into the flows of the lead coefficient: for each member c, mutual exports are exports to the
/// other members (the bloc's composition fixed over the whole period), total exports go to every partner (or the world);
/// the bloc as a whole sums its members.</summary>
public static class LeadAggregation
{
    /// <summary>The group code of the totals over all goods (m, g).</summary>
    public const string AllGoods = "TOTAL";

    /// <summary>
    /// Flows by unit and group. Every member, and the bloc, gets a row for every group in <paramref name="groups"/> and
    /// for <see cref="AllGoods"/> (zeros where the data hold no exports). Period values are the mean over the period's years.
    /// </summary>
    /// <param name="byGroup">Exports by year, reporter, partner and product group (rows of other reporters are ignored).</param>
    /// <param name="allGoods">Exports by year, reporter and partner over all goods (any product code; summed).</param>
    /// <param name="members">The bloc's members (fixed over both periods).</param>
    /// <param name="blocId">The id written on the rows of the bloc as a whole.</param>
    /// <param name="groups">The product groups, in output order.</param>
    /// <param name="start">The start period t0.</param>
    /// <param name="end">The end period t1.</param>
    public static IReadOnlyList<LeadFlows> Sum(
        IEnumerable<ProductFlowTotal> byGroup,
        IEnumerable<ProductFlowTotal> allGoods,
        IReadOnlyList<CountryCode> members,
        string blocId,
        IReadOnlyList<string> groups,
        LeadPeriod start,
        LeadPeriod end
    )
    {
        var memberSet = members.Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
        var sums = new Dictionary<(string Unit, string Group), double[]>();
        Accumulate(sums, byGroup, memberSet, start, end, product => product);
        Accumulate(sums, allGoods, memberSet, start, end, _ => AllGoods);
        var units = members.Select(m => m.Value).Append(blocId).ToList();
        var rows = new List<LeadFlows>(units.Count * (groups.Count + 1));
        foreach (var unit in units)
            foreach (var group in groups.Append(AllGoods))
                rows.Add(Row(sums, unit, group, unit == blocId ? members.Select(m => m.Value) : [unit]));
        return rows;
    }

    private static void Accumulate(
        Dictionary<(string, string), double[]> sums,
        IEnumerable<ProductFlowTotal> flows,
        HashSet<string> members,
        LeadPeriod start,
        LeadPeriod end,
        Func<string, string> groupOf
    )
    {
        foreach (var flow in flows)
        {
            if (!members.Contains(flow.Reporter))
                continue;
            var period = PeriodIndex(flow.Year, start, end);
            if (period < 0)
                continue;
            var key = (flow.Reporter, groupOf(flow.Product));
            if (!sums.TryGetValue(key, out var cell))
                sums[key] = cell = new double[4];
            var weight = 1.0 / (period == 0 ? start.Years.Count : end.Years.Count);
            var mutual = flow.Partner != flow.Reporter && members.Contains(flow.Partner);
            if (mutual)
                cell[period] += flow.Value * weight;
            cell[2 + period] += flow.Value * weight;
        }
    }

    // The workflow rejects overlapping periods, so a year belongs to at most one.
    private static int PeriodIndex(int year, LeadPeriod start, LeadPeriod end) =>
        year >= start.First && year <= start.Last ? 0
        : year >= end.First && year <= end.Last ? 1
        : -1;

    private static LeadFlows Row(Dictionary<(string, string), double[]> sums, string unit, string group, IEnumerable<string> reporters)
    {
        var total = new double[4];
        foreach (var reporter in reporters)
            if (sums.TryGetValue((reporter, group), out var cell))
                for (var k = 0; k < 4; k++)
                    total[k] += cell[k];
        return new LeadFlows(unit, group, total[0], total[1], total[2], total[3]);
    }
}
