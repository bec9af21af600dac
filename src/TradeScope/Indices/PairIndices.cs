using System.Runtime.CompilerServices;
using TradeScope.Model;

namespace TradeScope.Indices;

/// <summary>
/// Every pair index of exporter/reporter s with partner d in one year (docs/methods/trade-indices.md). TII one-directional equals
/// <see cref="Esi"/> by definition (docs/methods/trade-indices.md#esi). Imports of s from d are mirror imports X_ds.
/// </summary>
public readonly record struct PairIndices(
    IndexValue ExportSharePct,
    IndexValue ImportSharePct,
    IndexValue Esi,
    IndexValue EsiKojima,
    IndexValue EsiRestOfWorld,
    IndexValue TiiSymmetric,
    IndexValue TiiSymmetricNeutral,
    IntroversionValue StiTurnover,
    IntroversionValue StiExports,
    IntroversionValue Directional
)
{
    /// <summary>TII_sd one-directional (= ESI_sd, docs/methods/trade-indices.md#esi).</summary>
    public IndexValue TiiOneDirectional => Esi;

    /// <summary>TII_sym / TII_sym^neutral: the symmetric index normalised so that 1 is neutral
    /// (docs/methods/trade-indices.md#tii-symmetric).</summary>
    public IndexValue TiiSymmetricToNeutral =>
        !TiiSymmetric.HasValue ? TiiSymmetric
        : !TiiSymmetricNeutral.HasValue ? TiiSymmetricNeutral
        : IndexValue.Ratio(TiiSymmetric.Value, TiiSymmetricNeutral.Value);

    /// <summary>All pair indices of s with d from a matrix (the single kernel used for rows and for full matrices).</summary>
    /// <remarks>NaN reasons: <c>SELF</c> when s = d; <c>NO_REPORTER_DATA</c> when the row of s (or, for indices needing
    /// d's exports, of d) is missing; <c>ZERO_DENOM</c> from the formulas.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PairIndices Compute(TradeMatrix matrix, int s, int d)
    {
        if (s == d)
            return All(IndexReason.Self);
        if (matrix.Source(s) == FlowSource.Missing)
            return All(IndexReason.NoReporterData);
        double xw = matrix.WorldExports,
            xs = matrix.TotalExports(s),
            xsd = matrix.Exports(s, d);
        double xws = matrix.WorldExportsTo(s),
            xwd = matrix.WorldExportsTo(d);
        var exportShare = TradeShares.Export(xsd, xs);
        var esi = ExportSignificance.MikicGilbert(xsd, xs, xwd, xw);
        var kojima = ExportSignificance.Kojima(xsd, xs, xwd, xw, xws);
        var row = ExportSignificance.RestOfWorld(xsd, xs, xwd, xw);
        if (matrix.Source(d) == FlowSource.Missing)
        {
            var none = IndexValue.NaN(IndexReason.NoReporterData);
            var noneSti = new IntroversionValue(none, none, none, StiBasis.Turnover);
            return new(exportShare, none, esi, kojima, row, none, none, noneSti, noneSti with { Basis = StiBasis.Exports }, noneSti);
        }
        double xd = matrix.TotalExports(d),
            xds = matrix.Exports(d, s);
        return new(
            exportShare,
            TradeShares.Import(xds, xws),
            esi,
            kojima,
            row,
            TradeIntensity.Symmetric(xsd, xds, xs, xd, xws, xwd, xw),
            TradeIntensity.SymmetricNeutral(xs, xd, xws, xwd, xw),
            Introversion.Pair(xsd, xds, xs, xd, xws, xwd, xw, StiBasis.Turnover),
            Introversion.Pair(xsd, xds, xs, xd, xws, xwd, xw, StiBasis.Exports),
            Introversion.Directional(xsd, xds, xs + xws, xd + xwd, 2 * xw)
        );
    }

    private static PairIndices All(IndexReason reason)
    {
        var v = IndexValue.NaN(reason);
        var sti = new IntroversionValue(v, v, v, StiBasis.Turnover);
        return new(v, v, v, v, v, v, v, sti, sti with { Basis = StiBasis.Exports }, sti);
    }
}
