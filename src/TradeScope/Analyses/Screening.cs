using TradeScope.Indices;

namespace TradeScope.Analyses;

/// <summary>One partner in the screening: its indices, whether each clears its neutral benchmark, and its ranks.</summary>
/// <param name="Row">The partner's flows and indices.</param>
/// <param name="Clears">ESI &gt; 1; TII_sym &gt; its neutral value; STI (turnover) &gt; 0; STI (exports) &gt; 0.</param>
/// <param name="Ranks">Rank (1 = most intense) among the screened partners on ESI, TII_sym/neutral, STI turnover, STI exports; null where NaN.</param>
/// <param name="MeanRank">Mean of the available ranks.</param>
public sealed record ScreenedPartner(PartnerIndexRow Row, IReadOnlyList<bool> Clears, IReadOnlyList<int?> Ranks, double MeanRank)
{
    /// <summary>True when the partner clears the neutral benchmark on every index.</summary>
    public bool ClearsAll => Clears.All(c => c);
    public int ClearedCount => Clears.Count(c => c);
}

/// <summary>
/// FTA partner screening (the reference study's procedure): the reporter's largest partners by turnover, each index with its
/// neutral benchmark, and a combined ranking. Benchmarks: ESI 1 (spec §1.1), TII_sym its neutral value (spec §2.1 b; 1 is not
/// neutral for the symmetric index), STI 0 (spec §3.1) on both bases.
/// </summary>
public sealed record ScreeningResult(ReporterIndices Indices, int Top, IReadOnlyList<ScreenedPartner> Partners, IReadOnlyList<BlocIndexRow> Blocs)
{
    /// <summary>Names of the benchmarked indices, in the order of <see cref="ScreenedPartner.Clears"/>.</summary>
    public static readonly IReadOnlyList<string> IndexKeys = ["esi", "tii_sym_to_neutral", "sti_turnover", "sti_exports"];

    /// <summary>
    /// Screens the <paramref name="top"/> largest partners of the reporter by turnover X_RP + X_PR (partners without an export row
    /// are ranked by X_RP). The combined ranking orders partners by the number of benchmarks cleared, then by mean rank, then ISO3.
    /// Blocs with members in the year are kept, ordered by the H2 index.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is not positive.</exception>
    public static ScreeningResult Screen(ReporterIndices indices, int top)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var chosen = indices.Partners
            .OrderByDescending(p => p.Exports + (p.Imports.HasValue ? p.Imports.Value : 0))
            .ThenBy(p => p.Partner.Iso3)
            .Take(top).ToList();
        Func<PartnerIndexRow, IndexValue>[] values =
        [
            p => p.Indices.Esi, p => p.Indices.TiiSymmetricToNeutral, p => p.Indices.StiTurnover.Sti, p => p.Indices.StiExports.Sti,
        ];
        double[] benchmarks = [1, 1, 0, 0];
        var ranks = values.Select(v => RankDescending(chosen, v)).ToArray();
        var screened = chosen.Select((p, i) =>
        {
            var clears = values.Select((v, k) => v(p) is { HasValue: true } x && x.Value > benchmarks[k]).ToList();
            var pr = ranks.Select(r => r[i]).ToList();
            var available = pr.Where(x => x is not null).Select(x => (double)x!.Value).ToList();
            return new ScreenedPartner(p, clears, pr, available.Count == 0 ? double.NaN : available.Average());
        })
        .OrderByDescending(s => s.ClearedCount)
        .ThenBy(s => double.IsNaN(s.MeanRank) ? double.MaxValue : s.MeanRank)
        .ThenBy(s => s.Row.Partner.Iso3)
        .ToList();
        var blocs = indices.Blocs
            .Where(b => b.Result.Members.Members.Length > 0)
            .OrderByDescending(b => b.Result.TiiUnder(BlocConvention.H2) is { HasValue: true } v ? v.Value : double.MinValue)
            .ToList();
        return new(indices, top, screened, blocs);
    }

    /// <summary>Competition ranks (1 = largest value; ties share the rank); null for NaN.</summary>
    private static int?[] RankDescending(IReadOnlyList<PartnerIndexRow> rows, Func<PartnerIndexRow, IndexValue> value)
    {
        var ranks = new int?[rows.Count];
        var ordered = rows.Select((r, i) => (Value: value(r), Index: i)).Where(x => x.Value.HasValue).OrderByDescending(x => x.Value.Value).ToList();
        for (var k = 0; k < ordered.Count; k++)
            ranks[ordered[k].Index] = k > 0 && ordered[k].Value.Value == ordered[k - 1].Value.Value ? ranks[ordered[k - 1].Index] : k + 1;
        return ranks;
    }
}
