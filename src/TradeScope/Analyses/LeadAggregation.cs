using TradeScope.Core;
using TradeScope.Model;
using TradeScope.Products;

namespace TradeScope.Analyses;

/// <summary>The flows of the lead coefficient of one unit (a member, or the bloc as a whole) in one product group at the
/// start and end periods, each the mean over the period's years, US$ (docs/methods/products.md#lead-notation).</summary>
/// <param name="Unit">The member's ISO3 code, or the bloc's id for the bloc as a whole.</param>
/// <param name="Group">The product group's code.</param>
/// <param name="Start">m_i, g_i, m, g at t₀.</param>
/// <param name="End">m_i, g_i, m, g at t₁.</param>
public sealed record LeadGroupFlows(string Unit, string Group, LeadFlows Start, LeadFlows End);

/// <summary>Sums store rows into the flows of the lead coefficient: for each member c, mutual exports are exports to the
/// other members (the bloc's composition fixed over the whole period), total exports go to every partner (or the world);
/// the bloc as a whole sums its members.</summary>
public static class LeadAggregation
{
    // The key of the totals over all goods (m, g); not a product group code (those never contain a space).
    private const string AllGoods = "all goods";

    /// <summary>
    /// Flows by unit and group: every member, then the bloc, each with a row for every group in <paramref name="groups"/>
    /// (zeros where the data hold no exports). Period values are the mean over the period's years.
    /// </summary>
    /// <param name="byGroup">Exports by year, reporter, partner and product group (rows of other reporters are ignored).</param>
    /// <param name="allGoods">Exports by year, reporter and partner over all goods (any product code; summed).</param>
    /// <param name="members">The bloc's members (fixed over both periods).</param>
    /// <param name="blocId">The id written on the rows of the bloc as a whole.</param>
    /// <param name="groups">The product groups, in output order.</param>
    /// <param name="start">The start period t0.</param>
    /// <param name="end">The end period t1.</param>
    public static IReadOnlyList<LeadGroupFlows> Sum(
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
        var rows = new List<LeadGroupFlows>(units.Count * groups.Count);
        foreach (var unit in units)
        {
            IReadOnlyList<string> reporters = unit == blocId ? [.. members.Select(m => m.Value)] : [unit];
            var all = Sum(sums, reporters, AllGoods);
            foreach (var group in groups)
            {
                var part = Sum(sums, reporters, group);
                rows.Add(new LeadGroupFlows(unit, group, new(part[0], part[2], all[0], all[2]), new(part[1], part[3], all[1], all[3])));
            }
        }
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

    // [mutual t0, mutual t1, total t0, total t1] summed over the reporters.
    private static double[] Sum(Dictionary<(string, string), double[]> sums, IReadOnlyList<string> reporters, string group)
    {
        var total = new double[4];
        foreach (var reporter in reporters)
            if (sums.TryGetValue((reporter, group), out var cell))
                for (var k = 0; k < 4; k++)
                    total[k] += cell[k];
        return total;
    }
}
