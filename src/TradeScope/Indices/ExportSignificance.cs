using System.Runtime.CompilerServices;

namespace TradeScope.Indices;

/// <summary>
/// Export significance index ESI_sd: d's share in s's exports relative to d's share in world exports (docs/methods/trade-indices.md#esi).
/// Neutral value 1, range [0, ∞). The same formula is the one-directional trade intensity index T_sd.
/// </summary>
public static class ExportSignificance
{
    /// <summary>ESI_sd = (X_sd / X_s) / (X_wd / X_w). Reference: Mikic &amp; Gilbert (2007), ESCAP handbook, "Trade intensity";
    /// WITS.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static IndexValue MikicGilbert(double exportsToPartner, double exporterTotal, double worldToPartner, double worldTotal) =>
        exporterTotal == 0 || worldToPartner == 0 || worldTotal == 0
            ? IndexValue.NaN(IndexReason.ZeroDenominator)
            : IndexValue.Of(exportsToPartner / exporterTotal / (worldToPartner / worldTotal));

    /// <summary>ESI^K_sd = (X_sd / X_s) / (M_d / (M_w − M_s)). Reference: Kojima (1964); Drysdale &amp; Garnaut (1982).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static IndexValue Kojima(
        double exportsToPartner,
        double exporterTotal,
        double partnerImports,
        double worldImports,
        double exporterImports
    ) =>
        exporterTotal == 0 || partnerImports == 0 || worldImports - exporterImports == 0
            ? IndexValue.NaN(IndexReason.ZeroDenominator)
            : IndexValue.Of(exportsToPartner / exporterTotal / (partnerImports / (worldImports - exporterImports)));

    /// <summary>ESI^R_sd = (X_sd / X_s) / ((X_wd − X_sd) / (X_w − X_s)): the rest of the world as benchmark
    /// (docs/methods/trade-indices.md#esi-variants variant R).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static IndexValue RestOfWorld(double exportsToPartner, double exporterTotal, double worldToPartner, double worldTotal)
    {
        var restToPartner = worldToPartner - exportsToPartner;
        var restTotal = worldTotal - exporterTotal;
        return exporterTotal == 0 || restToPartner == 0 || restTotal == 0
            ? IndexValue.NaN(IndexReason.ZeroDenominator)
            : IndexValue.Of(exportsToPartner / exporterTotal / (restToPartner / restTotal));
    }
}
