using TradeScope.Core;

namespace TradeScope.Econometrics;

/// <summary><c>iid</c> (alias <c>standard</c>): classical covariance. OLS σ̂²(X̃'X̃)⁻¹ with σ̂² = RSS/(n−K);
/// PPML the model-based (X̃'WX̃)⁻¹ (Poisson, φ = 1). Needs nothing beyond the bread.</summary>
internal sealed class VcovIid() : VcovKind("iid", ["standard"], VcovNeeds.None)
{
    public override Bilingual Label(IReadOnlyList<string> clusters) => new("IID", "IID (гомоскедастичные)");

    internal override (double[] V, VcovInfo Info) Compute(FitState s, VcovSpec spec)
    {
        var df = s.StatisticDegreesOfFreedom;
        if (s.Poisson)
            return ((double[])s.Bread.Clone(), new VcovInfo(spec, 1, "model-based Poisson (X'WX)⁻¹, φ = 1", s.KFull, [], df));
        var sigma2 = s.Rss / s.ResidualDegreesOfFreedom;
        return (
            s.Bread.Select(b => b * sigma2).ToArray(),
            new VcovInfo(spec, sigma2, $"σ̂² = RSS/(n−K) = RSS/({s.Frame.N}−{s.KFull})", s.KFull, [], df)
        );
    }
}
