using System.Runtime.CompilerServices;

namespace TradeScope.Indices;

/// <summary>
/// Sums describing a reporter R and a bloc K (members k, R ∉ K) in one year; all in the same currency and year.
/// </summary>
/// <param name="ReporterToBloc">X_RK = Σ_k X_Rk.</param>
/// <param name="BlocToReporter">X_KR = Σ_k X_kR.</param>
/// <param name="ReporterTotal">X_R.</param>
/// <param name="BlocTotal">X_K = Σ_k X_k (including intra-bloc exports).</param>
/// <param name="WorldToReporter">X_wR (= M_R, mirror imports).</param>
/// <param name="WorldToBloc">X_wK = Σ_k X_wk (= M_K, including intra-bloc imports).</param>
/// <param name="IntraBloc">I_K = Σ_{k≠k'} X_kk' (intra-bloc exports).</param>
/// <param name="WorldTotal">X_w.</param>
public readonly record struct BlocAggregates(
    double ReporterToBloc,
    double BlocToReporter,
    double ReporterTotal,
    double BlocTotal,
    double WorldToReporter,
    double WorldToBloc,
    double IntraBloc,
    double WorldTotal
);

/// <summary>Trade intensity indices (docs/methods/trade-indices.md#tii): one-directional, symmetric pair with its neutral value, group, and
/// bloc as partner (H1–H4).</summary>
public static class TradeIntensity
{
    /// <summary>TII_ab = (X_ab / X_a) / (X_wb / X_w), neutral ≈ 1; the same formula as the ESI
    /// (docs/methods/trade-indices.md#tii-one-directional). Reference: Mikic &amp; Gilbert (2007); WITS.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static IndexValue OneDirectional(double exportsAtoB, double totalA, double worldToB, double worldTotal) =>
        ExportSignificance.MikicGilbert(exportsAtoB, totalA, worldToB, worldTotal);

    /// <summary>TII_{A,B} = [(X_AB + X_BA) / (X_A + X_B)] / [(X_wA + X_wB) / X_w] (docs/methods/trade-indices.md#tii-symmetric; the
    /// reference paper's table). Reference: Mikic &amp; Gilbert (2007), regional application.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static IndexValue Symmetric(
        double exportsAtoB,
        double exportsBtoA,
        double totalA,
        double totalB,
        double worldToA,
        double worldToB,
        double worldTotal
    )
    {
        var exportsAB = totalA + totalB;
        var importsAB = worldToA + worldToB;
        return exportsAB == 0 || importsAB == 0 || worldTotal == 0
            ? IndexValue.NaN(IndexReason.ZeroDenominator)
            : IndexValue.Of((exportsAtoB + exportsBtoA) / exportsAB / (importsAB / worldTotal));
    }

    /// <summary>Neutral value of the symmetric index under proportional trade X_ij = X_i·m_j, m_j = X_wj / X_w:
    /// (X_A·m_B + X_B·m_A) / ((X_A + X_B)·(m_A + m_B)) &lt; 1 (docs/methods/trade-indices.md#tii-symmetric).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static IndexValue SymmetricNeutral(double totalA, double totalB, double worldToA, double worldToB, double worldTotal)
    {
        if (worldTotal == 0)
            return IndexValue.NaN(IndexReason.ZeroDenominator);
        var mA = worldToA / worldTotal;
        var mB = worldToB / worldTotal;
        var denominator = (totalA + totalB) * (mA + mB);
        return denominator == 0 ? IndexValue.NaN(IndexReason.ZeroDenominator) : IndexValue.Of((totalA * mB + totalB * mA) / denominator);
    }

    /// <summary>Group TII_G = [Σ_{i∈G} Σ_{j∈G, j≠i} X_ij / Σ_{i∈G} X_i] / [Σ_{j∈G} X_wj / X_w]
    /// (docs/methods/trade-indices.md#tii-symmetric, general group).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static IndexValue Group(double intraGroupExports, double groupTotal, double worldToGroup, double worldTotal) =>
        groupTotal == 0 || worldToGroup == 0 || worldTotal == 0
            ? IndexValue.NaN(IndexReason.ZeroDenominator)
            : IndexValue.Of(intraGroupExports / groupTotal / (worldToGroup / worldTotal));

    /// <summary>Neutral value of the group TII under proportional trade: Σ_i X_i·(m_G − m_i) / (X_G·m_G), m_G = Σ_{j∈G} m_j
    /// (reduces to <see cref="SymmetricNeutral"/> for two members).</summary>
    public static IndexValue GroupNeutral(ReadOnlySpan<double> memberTotals, ReadOnlySpan<double> worldToMembers, double worldTotal)
    {
        if (memberTotals.Length != worldToMembers.Length)
            throw new ArgumentException("one world-import value per member is needed", nameof(worldToMembers));
        if (worldTotal == 0)
            return IndexValue.NaN(IndexReason.ZeroDenominator);
        double groupTotal = 0,
            mG = 0;
        for (var i = 0; i < memberTotals.Length; i++)
        {
            groupTotal += memberTotals[i];
            mG += worldToMembers[i] / worldTotal;
        }
        double numerator = 0;
        for (var i = 0; i < memberTotals.Length; i++)
            numerator += memberTotals[i] * (mG - worldToMembers[i] / worldTotal);
        var denominator = groupTotal * mG;
        return denominator == 0 ? IndexValue.NaN(IndexReason.ZeroDenominator) : IndexValue.Of(numerator / denominator);
    }

    /// <summary>
    /// Bloc K as partner of reporter R under convention H1–H4 (docs/methods/trade-indices.md#tii-bloc):
    /// H1 (X_RK/X_R)/(X_wK/X_w); H2 [(X_RK+X_KR)/(X_R+X_K)]/[(X_wR+X_wK)/X_w];
    /// H3 [(X_RK+X_KR+I_K)/(X_R+X_K)]/[(X_wR+X_wK)/X_w]; H4 [(X_RK+X_KR)/(X_R+X_K−I_K)]/[(X_wR+X_wK−I_K)/(X_w−I_K)].
    /// </summary>
    public static IndexValue Bloc(in BlocAggregates a, BlocConvention convention) =>
        convention switch
        {
            BlocConvention.H1 => OneDirectional(a.ReporterToBloc, a.ReporterTotal, a.WorldToBloc, a.WorldTotal),
            BlocConvention.H2 => Symmetric(
                a.ReporterToBloc,
                a.BlocToReporter,
                a.ReporterTotal,
                a.BlocTotal,
                a.WorldToReporter,
                a.WorldToBloc,
                a.WorldTotal
            ),
            BlocConvention.H3 => Group(
                a.ReporterToBloc + a.BlocToReporter + a.IntraBloc,
                a.ReporterTotal + a.BlocTotal,
                a.WorldToReporter + a.WorldToBloc,
                a.WorldTotal
            ),
            BlocConvention.H4 => Symmetric(
                a.ReporterToBloc,
                a.BlocToReporter,
                a.ReporterTotal,
                a.BlocTotal - a.IntraBloc,
                a.WorldToReporter,
                a.WorldToBloc - a.IntraBloc,
                a.WorldTotal - a.IntraBloc
            ),
            _ => throw new ArgumentOutOfRangeException(nameof(convention)),
        };
}
