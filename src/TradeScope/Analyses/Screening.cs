using TradeScope.Indices;
using TradeScope.Model;

namespace TradeScope.Analyses;

/// <summary>One partner in the screening: its indices, whether each clears its neutral benchmark, and its ranks.</summary>
/// <param name="Row">The partner's flows and indices.</param>
/// <param name="Clears">ESI &gt; 1; TII_sym &gt; its neutral value; STI (turnover) &gt; 0; STI (exports) &gt; 0.</param>
/// <param name="Ranks">Rank (1 = most intense) among the screened partners on ESI, TII_sym/neutral, STI turnover, STI exports; null where
/// NaN.</param>
/// <param name="MeanRank">Mean of the available ranks.</param>
public sealed record ScreenedPartner(PartnerIndexRow Row, IReadOnlyList<bool> Clears, IReadOnlyList<int?> Ranks, double MeanRank)
{
    /// <summary>True when the partner clears the neutral benchmark on every index.</summary>
    public bool ClearsAll => Clears.All(c => c);
    public int ClearedCount => Clears.Count(c => c);
}

/// <summary>A large partner left out of the screening because its data are missing (never ranked).</summary>
/// <param name="Row">The partner's flows and indices.</param>
/// <param name="Reason">Why: <see cref="IndexReason.NoReporterData"/> (no reported or mirror exports of the partner) or
/// <see cref="IndexReason.Missing"/> (a flow of the pair is missing, so turnover is unknown).</param>
public sealed record UnscreenedPartner(PartnerIndexRow Row, IndexReason Reason);

/// <summary>A bloc left out of the screening's bloc table because a succession chain with the same members covers it.</summary>
/// <param name="Bloc">The predecessor or successor bloc (e.g. NAFTA in 2019).</param>
/// <param name="Chain">The chain shown instead (e.g. NAFTA_USMCA).</param>
public sealed record CoveredBloc(BlocIndexRow Bloc, BlocIndexRow Chain);

/// <summary>
/// FTA partner screening (the reference study's procedure): the reporter's largest partners by turnover, each index with its
/// neutral benchmark, and a combined ranking. Benchmarks: ESI 1 (Mikic and Gilbert 2007), TII_sym its neutral value (1 is not
/// neutral for the symmetric index), STI 0 (Iapadre 2004) on both bases; see `docs/methods/trade-indices.md`.
/// </summary>
/// <param name="NotScreened">Partners without data that the turnover they do show would place among the largest; listed apart.</param>
/// <param name="CoveredBlocs">Blocs not shown because a succession chain covers them in the year.</param>
public sealed record ScreeningResult(
    ReporterIndices Indices,
    int Top,
    IReadOnlyList<ScreenedPartner> Partners,
    IReadOnlyList<BlocIndexRow> Blocs,
    IReadOnlyList<UnscreenedPartner> NotScreened,
    IReadOnlyList<CoveredBloc> CoveredBlocs
)
{
    /// <summary>Names of the benchmarked indices, in the order of <see cref="ScreenedPartner.Clears"/>.</summary>
    public static readonly IReadOnlyList<string> IndexKeys = ["esi", "tii_sym_to_neutral", "sti_turnover", "sti_exports"];

    private static readonly Func<PartnerIndexRow, IndexValue>[] Values =
    [
        p => p.Indices.Esi,
        p => p.Indices.TiiSymmetricToNeutral,
        p => p.Indices.StiTurnover.Sti,
        p => p.Indices.StiExports.Sti,
    ];

    /// <summary>
    /// Screens the <paramref name="top"/> largest partners of the reporter by turnover X_RP + X_PR among the partners with data.
    /// A partner without data (<see cref="MissingData"/>) is never ranked: it is listed in <see cref="NotScreened"/> when the flow
    /// it does show exceeds the turnover of the smallest screened partner. The combined ranking orders partners by the number of
    /// benchmarks cleared, then by mean rank, then ISO3. Blocs with members in the year are kept (those a succession chain
    /// covers are left out, see <see cref="CoveredBy"/>), ordered by TII(H2) / its neutral value.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is not positive.</exception>
    public static ScreeningResult Screen(ReporterIndices indices, int top)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        var byTurnover = indices.Partners.OrderByDescending(KnownTurnover).ThenBy(p => p.Partner.Iso3).ToList();
        var chosen = byTurnover.Where(p => MissingData(p) is null).Take(top).ToList();
        var smallest = chosen.Count == top ? KnownTurnover(chosen[^1]) : 0;
        var notScreened = byTurnover
            .Where(p => MissingData(p) is not null && KnownTurnover(p) > smallest)
            .Select(p => new UnscreenedPartner(p, MissingData(p)!.Value))
            .ToList();
        double[] benchmarks = [1, 1, 0, 0];
        var ranks = Values.Select(v => RankDescending(chosen, v)).ToArray();
        var screened = chosen
            .Select(
                (p, i) =>
                {
                    var clears = Values.Select((v, k) => v(p) is { HasValue: true } x && x.Value > benchmarks[k]).ToList();
                    var pr = ranks.Select(r => r[i]).ToList();
                    var available = pr.Where(x => x is not null).Select(x => (double)x!.Value).ToList();
                    return new ScreenedPartner(p, clears, pr, available.Count == 0 ? double.NaN : available.Average());
                }
            )
            .OrderByDescending(s => s.ClearedCount)
            .ThenBy(s => double.IsNaN(s.MeanRank) ? double.MaxValue : s.MeanRank)
            .ThenBy(s => s.Row.Partner.Iso3)
            .ToList();
        var withMembers = indices.Blocs.Where(b => b.Result.Members.Members.Length > 0).ToList();
        var covered = withMembers
            .Select(b => (Bloc: b, Chain: withMembers.FirstOrDefault(c => CoveredBy(b, c))))
            .Where(x => x.Chain is not null)
            .Select(x => new CoveredBloc(x.Bloc, x.Chain!))
            .ToList();
        var blocs = withMembers
            .Where(b => covered.All(c => !ReferenceEquals(c.Bloc, b)))
            .OrderByDescending(b => H2ToNeutral(b) is var v && double.IsNaN(v) ? double.MinValue : v)
            .ThenBy(b => b.Group.Id.Value, StringComparer.Ordinal)
            .ToList();
        return new(indices, top, screened, blocs, notScreened, covered);
    }

    /// <summary>Turnover X_RP + X_PR as far as it is known (X_RP alone when the partner's exports are missing).</summary>
    public static double KnownTurnover(PartnerIndexRow p) => p.Exports + (p.Imports.HasValue ? p.Imports.Value : 0);

    /// <summary>
    /// Why a partner cannot be screened, or null when it can: its exports are neither reported nor mirrored, its turnover is
    /// unknown, or a benchmark index is NaN for lack of data (<c>NO_REPORTER_DATA</c>, <c>MISSING</c>). NaN for other reasons
    /// (e.g. a zero denominator) does not exclude the partner; it only never clears that benchmark.
    /// </summary>
    public static IndexReason? MissingData(PartnerIndexRow p)
    {
        if (p.PartnerSource == FlowSource.Missing)
            return IndexReason.NoReporterData;
        if (!p.Imports.HasValue)
            return p.Imports.Reason is IndexReason.NoReporterData ? IndexReason.NoReporterData : IndexReason.Missing;
        var lacking = Values.Select(v => v(p).Reason).FirstOrDefault(r => r is IndexReason.NoReporterData or IndexReason.Missing);
        return lacking == IndexReason.None ? null : lacking;
    }

    /// <summary>TII(H2) / its neutral value (the reference study's convention read against 1); NaN when either is NaN or
    /// the neutral value is 0.</summary>
    public static double H2ToNeutral(BlocIndexRow b)
    {
        var tii = b.Result.TiiUnder(BlocConvention.H2);
        var neutral = b.Result.TiiH2Neutral;
        return tii.HasValue && neutral.HasValue && neutral.Value != 0 ? tii.Value / neutral.Value : double.NaN;
    }

    /// <summary>
    /// True when <paramref name="chain"/> is a succession chain that covers <paramref name="bloc"/> in the year: both have the same
    /// members on the membership date, every membership period of the bloc lies inside a period of the same member in the chain,
    /// and the chain reaches beyond the bloc (e.g. NAFTA_USMCA, members from 1994 with no end, covers NAFTA 1994 to 30 June 2020
    /// and USMCA from 1 July 2020). Two groups with the same periods do not cover each other.
    /// </summary>
    public static bool CoveredBy(BlocIndexRow bloc, BlocIndexRow chain) =>
        bloc.Group.Id != chain.Group.Id
        && bloc.Group.MembersOn(bloc.MembershipDate).SequenceEqual(chain.Group.MembersOn(bloc.MembershipDate))
        && Within(bloc.Group.Memberships, chain.Group.Memberships)
        && !Within(chain.Group.Memberships, bloc.Group.Memberships);

    /// <summary>Every period of <paramref name="inner"/> lies inside a period of the same member in <paramref name="outer"/>.</summary>
    private static bool Within(IReadOnlyList<Membership> inner, IReadOnlyList<Membership> outer) =>
        inner.All(m =>
            outer.Any(o => o.Member == m.Member && o.From <= m.From && (o.Until is null || (m.Until is { } until && until <= o.Until)))
        );

    /// <summary>Competition ranks (1 = largest value; ties share the rank); null for NaN.</summary>
    private static int?[] RankDescending(IReadOnlyList<PartnerIndexRow> rows, Func<PartnerIndexRow, IndexValue> value)
    {
        var ranks = new int?[rows.Count];
        var ordered = rows.Select((r, i) => (Value: value(r), Index: i))
            .Where(x => x.Value.HasValue)
            .OrderByDescending(x => x.Value.Value)
            .ToList();
        for (var k = 0; k < ordered.Count; k++)
            ranks[ordered[k].Index] = k > 0 && ordered[k].Value.Value == ordered[k - 1].Value.Value ? ranks[ordered[k - 1].Index] : k + 1;
        return ranks;
    }
}
