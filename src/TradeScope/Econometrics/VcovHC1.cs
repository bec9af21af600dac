using TradeScope.Core;

namespace TradeScope.Econometrics;

/// <summary><c>hc1</c> (aliases <c>robust</c>, <c>hetero</c>): HC0 × n/(n−K), K counting the fixed-effect
/// coefficients (Stata <c>robust</c>, R sandwich HC1, fixest "hetero"). NaN when n ≤ K.</summary>
internal sealed class VcovHC1() : VcovKind("hc1", ["robust", "hetero"], VcovNeeds.None)
{
    public override Bilingual Label(IReadOnlyList<string> clusters) => Bilingual.Same("HC1");

    internal override (double[] V, VcovInfo Info) Compute(FitState s, VcovSpec spec)
    {
        var n = s.Frame.N;
        return Variance.Heteroskedastic(s, spec, n / s.ResidualDegreesOfFreedom, $"n/(n−K) = {n}/({n}−{s.KFull})");
    }
}
