using TradeScope.Core;

namespace TradeScope.Econometrics;

/// <summary><c>hc0</c>: the White (1980) / Huber sandwich B·(Σ s_i s_i')·B without small-sample adjustment
/// (R sandwich HC0).</summary>
internal sealed class VcovHC0() : VcovKind("hc0", [], VcovNeeds.None)
{
    public override Bilingual Label(IReadOnlyList<string> clusters) => Bilingual.Same("HC0");

    internal override (double[] V, VcovInfo Info) Compute(FitState s, VcovSpec spec) => Variance.Heteroskedastic(s, spec, 1.0, "none");
}
