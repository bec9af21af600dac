using TradeScope.Core;

namespace TradeScope.Econometrics;

/// <summary><c>hc3</c>: residuals scaled by 1/(1−h_ii) (the jackknife approximation; MacKinnon and White 1985), no
/// further factor (R sandwich). Needs the leverages, so not with absorbed fixed effects.</summary>
internal sealed class VcovHC3() : VcovKind("hc3", [], VcovNeeds.Leverages)
{
    public override Bilingual Label(IReadOnlyList<string> clusters) => Bilingual.Same("HC3");

    internal override (double[] V, VcovInfo Info) Compute(FitState s, VcovSpec spec) =>
        Variance.Heteroskedastic(s, spec, 1.0, "none", h => 1 - h);
}
