using System.Runtime.CompilerServices;

namespace TradeScope.Indices;

/// <summary>Homogeneous intra- and extra-regional intensities and the introversion index of one group, with the basis used.</summary>
public readonly record struct IntroversionValue(IndexValue Hiti, IndexValue Heti, IndexValue Sti, StiBasis Basis);

/// <summary>
/// Iapadre's symmetric trade introversion index (docs/methods/trade-indices.md#sti): HITI = (IT/T)/(ET/(T_w − T)), HETI = (1 − IT/T)/(1
/// −
/// ET/(T_w − T)),
/// STI = (HITI − HETI)/(HITI + HETI) ∈ [−1, 1], ET = T − IT. When the benchmark ET/(T_w − T) is not below 1 (possible on the
/// exports basis, where ET is the group's exports to outsiders but T_w − T the outsiders' own exports) all three are NaN with
/// <c>DEGENERATE_ROW</c>, so every computed STI lies in [−1, 1]. Reference: Iapadre (2004/2006); Iapadre &amp; Tironi (2009).
/// </summary>
public static class Introversion
{
    /// <summary>Differences of totals within this relative distance of zero are treated as zero (they are rounding noise of
    /// sums).</summary>
    private const double RelativeTolerance = 1e-12;

    /// <summary>HITI, HETI and STI from intra-group trade IT, the group's total trade T and world trade T_w
    /// (docs/methods/trade-indices.md#sti-definitions, edge cases §3.3).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static IntroversionValue FromTotals(double intraTrade, double groupTrade, double worldTrade, StiBasis basis)
    {
        var rest = worldTrade - groupTrade;
        if (groupTrade == 0 || Math.Abs(rest) <= RelativeTolerance * Math.Abs(worldTrade)) // the group is the whole world (up to rounding)
        {
            var zero = IndexValue.NaN(IndexReason.ZeroDenominator);
            return new(zero, zero, zero, basis);
        }
        var intraShare = intraTrade / groupTrade;
        var extraTrade = groupTrade - intraTrade;
        var restShare = extraTrade / rest; // the group's share in the trade of the rest of the world
        if (rest < 0 || restShare >= 1 - RelativeTolerance || intraTrade < 0 || extraTrade < 0)
        {
            // 1 − ET/(T_w − T) ≤ 0: the rest of the world trades only with G (docs/methods/trade-indices.md#sti-edge-cases),
            // or, on the exports basis or with
            // inconsistent totals, the group's extra-group exports exceed the rest of the world's exports, so the homogeneous
            // benchmark is not a share and HETI would be ≤ 0: STI would leave [−1, 1].
            var degenerate = IndexValue.NaN(IndexReason.DegenerateRow);
            return new(degenerate, degenerate, degenerate, basis);
        }
        var heti = (1 - intraShare) / (1 - restShare); // > 0 unless the group trades only internally
        if (extraTrade == 0) // IT = T > 0: HITI unbounded, STI = +1 by the limit (docs/methods/trade-indices.md#sti-edge-cases)
            return new(IndexValue.NaN(IndexReason.NoExtraTrade), IndexValue.Of(heti), IndexValue.Of(1), basis);
        var hiti = intraShare / restShare;
        return new(IndexValue.Of(hiti), IndexValue.Of(heti), IndexValue.Of((hiti - heti) / (hiti + heti)), basis);
    }

    /// <summary>
    /// Pair G = {A, B} (docs/methods/trade-indices.md#sti-pair-bloc, mirror form of §3.1): turnover basis IT = 2·(X_AB + X_BA), T = X_A +
    /// X_wA + X_B + X_wB, T_w = 2·X_w;
    /// exports basis IT = X_AB + X_BA, T = X_A + X_B, T_w = X_w.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static IntroversionValue Pair(
        double exportsAtoB,
        double exportsBtoA,
        double totalA,
        double totalB,
        double worldToA,
        double worldToB,
        double worldTotal,
        StiBasis basis
    ) =>
        basis == StiBasis.Turnover
            ? FromTotals(2 * (exportsAtoB + exportsBtoA), totalA + worldToA + totalB + worldToB, 2 * worldTotal, basis)
            : FromTotals(exportsAtoB + exportsBtoA, totalA + totalB, worldTotal, basis);

    /// <summary>
    /// Group G from its sums (docs/methods/trade-indices.md#sti-definitions, mirror form): turnover basis IT =
    /// 2·Σ_{i∈G}Σ_{j∈G,j≠i} X_ij, T
    /// = Σ_{i∈G}(X_i + X_wi), T_w = 2·X_w;
    /// exports basis IT = Σ_{i∈G}Σ_{j∈G,j≠i} X_ij, T = Σ_{i∈G} X_i, T_w = X_w.
    /// </summary>
    public static IntroversionValue Group(
        double intraGroupExports,
        double groupTotal,
        double worldToGroup,
        double worldTotal,
        StiBasis basis
    ) =>
        basis == StiBasis.Turnover
            ? FromTotals(2 * intraGroupExports, groupTotal + worldToGroup, 2 * worldTotal, basis)
            : FromTotals(intraGroupExports, groupTotal, worldTotal, basis);

    /// <summary>
    /// Reporter R with bloc K (docs/methods/trade-indices.md#sti-pair-bloc): <see cref="StiBlocConvention.EnlargedGroup"/> is the group {R}
    /// ∪ K;
    /// <see cref="StiBlocConvention.BlocAsUnit"/> removes intra-K trade everywhere: turnover IT = 2·(X_RK + X_KR),
    /// T = T_R + T_K − 2·I_K, T_w = 2·X_w − 2·I_K (exports basis: IT = X_RK + X_KR, T = X_R + X_K − I_K, T_w = X_w − I_K).
    /// </summary>
    public static IntroversionValue Bloc(in BlocAggregates a, StiBlocConvention convention, StiBasis basis)
    {
        var bilateral = a.ReporterToBloc + a.BlocToReporter;
        if (convention == StiBlocConvention.EnlargedGroup)
            return Group(bilateral + a.IntraBloc, a.ReporterTotal + a.BlocTotal, a.WorldToReporter + a.WorldToBloc, a.WorldTotal, basis);
        return basis == StiBasis.Turnover
            ? FromTotals(
                2 * bilateral,
                a.ReporterTotal + a.WorldToReporter + a.BlocTotal + a.WorldToBloc - 2 * a.IntraBloc,
                2 * (a.WorldTotal - a.IntraBloc),
                basis
            )
            : FromTotals(bilateral, a.ReporterTotal + a.BlocTotal - a.IntraBloc, a.WorldTotal - a.IntraBloc, basis);
    }

    /// <summary>
    /// Directional homogeneous bilateral intensity of R toward P (docs/methods/trade-indices.md#sti-pair-bloc, LIKELY; Iapadre &amp; Tironi
    /// 2009), turnover basis:
    /// HI = (T_RP/T_R)/(T_oP/T_o), HE = (1 − T_RP/T_R)/(1 − T_oP/T_o), Q = (HI − HE)/(HI + HE), with T_RP = X_RP + X_PR,
    /// T_o = T_w − T_R, T_oP = T_P − T_RP.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static IntroversionValue Directional(
        double exportsRtoP,
        double exportsPtoR,
        double turnoverR,
        double turnoverP,
        double worldTrade
    )
    {
        var pairTrade = exportsRtoP + exportsPtoR;
        var others = worldTrade - turnoverR;
        if (turnoverR == 0 || others == 0)
        {
            var zero = IndexValue.NaN(IndexReason.ZeroDenominator);
            return new(zero, zero, zero, StiBasis.Turnover);
        }
        var share = pairTrade / turnoverR;
        var othersShare = (turnoverP - pairTrade) / others;
        var he =
            othersShare >= 1 || othersShare < 0
                ? IndexValue.NaN(IndexReason.DegenerateRow)
                : IndexValue.Of((1 - share) / (1 - othersShare));
        var hi =
            othersShare == 0
                ? IndexValue.NaN(pairTrade > 0 ? IndexReason.NoExtraTrade : IndexReason.ZeroDenominator)
                : IndexValue.Of(share / othersShare);
        IndexValue q;
        if (!he.HasValue)
            q = he;
        else if (!hi.HasValue)
            q = pairTrade > 0 ? IndexValue.Of(1) : hi;
        else
            q =
                hi.Value + he.Value == 0
                    ? IndexValue.NaN(IndexReason.ZeroDenominator)
                    : IndexValue.Of((hi.Value - he.Value) / (hi.Value + he.Value));
        return new(hi, he, q, StiBasis.Turnover);
    }
}
