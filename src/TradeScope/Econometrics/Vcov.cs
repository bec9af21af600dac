using TradeScope.Core;

namespace TradeScope.Econometrics;

/// <summary>Covariance estimator families.</summary>
public enum VcovKind
{
    /// <summary>Classical: OLS σ̂²(X'X)⁻¹ with σ̂² = RSS/(n−K); PPML model-based (X'WX)⁻¹ (Poisson, φ = 1).</summary>
    Iid,
    /// <summary>White/Huber sandwich B·(Σ s_i s_i')·B, no adjustment.</summary>
    HC0,
    /// <summary>HC0 × n/(n−K) (Stata robust, sandwich HC1).</summary>
    HC1,
    /// <summary>s_i scaled by 1/√(1−h_ii) (MacKinnon–White 1985); needs leverages, so no absorbed fixed effects.</summary>
    HC2,
    /// <summary>s_i scaled by 1/(1−h_ii) (jackknife-like); needs leverages, so no absorbed fixed effects.</summary>
    HC3,
    /// <summary>Cluster-robust, one-way or two-way (Cameron, Gelbach and Miller 2011: V_A + V_B − V_{A∩B}).</summary>
    Cluster,
}

/// <summary>Which fixed-effect coefficients count in K for the (n−1)/(n−K) cluster adjustment (fixest <c>fixef.K</c>).</summary>
public enum FixedEffectsInK
{
    /// <summary>Only the regressors.</summary>
    None,
    /// <summary>Regressors plus all identified fixed-effect coefficients.</summary>
    Full,
    /// <summary>As Full, but a fixed-effect dimension nested in a cluster variable adds nothing beyond one reference
    /// (its L−1 extra coefficients are not counted); fixest's default.</summary>
    Nested,
}

/// <summary>
/// Small-sample conventions. Defaults reproduce fixest's <c>ssc()</c> (adj = TRUE, fixef.K = "nested",
/// cluster.adj = TRUE, cluster.df = "min", t.df = "min"):
/// iid σ̂² = RSS/(n−K); HC1 × n/(n−K); HC0/HC2/HC3 unadjusted (as R sandwich);
/// cluster × G/(G−1) × (n−1)/(n−K) with K counting fixed effects as <see cref="FixedEffectsK"/>.
/// K_FE for one dimension is L₁, for two L₁+L₂−(connected components), for more Σ L_f − (F−1).
/// </summary>
/// <param name="Adjust">Apply (n−1)/(n−K) to clustered covariances.</param>
/// <param name="FixedEffectsK">How fixed effects count in that K.</param>
/// <param name="ClusterAdjust">Apply G/(G−1).</param>
/// <param name="MinClusterCount">Two-way: every term uses G_min/(G_min−1) (fixest "min"); false: each term its own G
/// (Cameron–Gelbach–Miller "conventional").</param>
public sealed record SmallSample(bool Adjust = true, FixedEffectsInK FixedEffectsK = FixedEffectsInK.Nested, bool ClusterAdjust = true, bool MinClusterCount = true)
{
    /// <summary>fixest's defaults.</summary>
    public static readonly SmallSample Fixest = new();

    /// <summary>R sandwich <c>vcovCL(type = "HC1")</c> and statsmodels: G/(G−1)·(n−1)/(n−K) with every parameter in K.</summary>
    public static readonly SmallSample Sandwich = new(true, FixedEffectsInK.Full, true, false);
}

/// <summary>A covariance request: a kind plus cluster variables (one or two columns) and small-sample conventions.</summary>
public sealed record VcovSpec(VcovKind Kind, IReadOnlyList<string> Clusters, SmallSample SmallSample)
{
    public static readonly VcovSpec Iid = new(VcovKind.Iid, [], SmallSample.Fixest);
    public static readonly VcovSpec HC0 = new(VcovKind.HC0, [], SmallSample.Fixest);
    public static readonly VcovSpec HC1 = new(VcovKind.HC1, [], SmallSample.Fixest);
    public static readonly VcovSpec HC2 = new(VcovKind.HC2, [], SmallSample.Fixest);
    public static readonly VcovSpec HC3 = new(VcovKind.HC3, [], SmallSample.Fixest);

    /// <summary>Clustered by one or two columns (each column name may itself be an interaction a^b).</summary>
    public static VcovSpec Cluster(params string[] columns) =>
        columns.Length is 1 or 2 ? new(VcovKind.Cluster, columns, SmallSample.Fixest)
            : throw new ArgumentException("one or two cluster variables", nameof(columns));

    /// <summary>Parses <c>iid|hc0|hc1|hc2|hc3|cluster:VAR[,VAR2]</c> (also <c>robust</c> = hc1).</summary>
    /// <exception cref="InputException">Unknown type or a malformed cluster list.</exception>
    public static VcovSpec Parse(string text)
    {
        var t = text.Trim();
        switch (t.ToLowerInvariant())
        {
            case "iid" or "standard": return Iid;
            case "hc0": return HC0;
            case "hc1" or "robust" or "hetero": return HC1;
            case "hc2": return HC2;
            case "hc3": return HC3;
        }
        if (t.StartsWith("cluster:", StringComparison.OrdinalIgnoreCase))
        {
            var vars = t["cluster:".Length..].Split(',', StringSplitOptions.TrimEntries);
            if (vars.Length is < 1 or > 2 || vars.Any(v => v.Length == 0))
                throw InputException.Argument("--vcov", text, "give one or two cluster columns: cluster:VAR or cluster:VAR1,VAR2");
            return Cluster(vars);
        }
        throw InputException.Argument("--vcov", text, "unknown covariance type; use iid, hc0, hc1, hc2, hc3 or cluster:VAR[,VAR2]");
    }

    /// <summary>Short label for tables: "IID", "HC1", "Clustered (Origin)", "Two-way clustered (Origin, Destination)".</summary>
    public string Label => Kind switch
    {
        VcovKind.Iid => "IID",
        VcovKind.Cluster when Clusters.Count == 2 => $"Two-way clustered ({Clusters[0]}, {Clusters[1]})",
        VcovKind.Cluster => $"Clustered ({Clusters[0]})",
        _ => Kind.ToString(),
    };

    public override string ToString() => Label;
}

/// <summary>The covariance actually computed, with its conventions spelled out.</summary>
/// <param name="Spec">What was requested.</param>
/// <param name="Adjustment">The scalar small-sample factor applied (1 when none; two-way: the factor on each term).</param>
/// <param name="AdjustmentFormula">The factor in words, e.g. "G/(G−1)·(n−1)/(n−K) = 15/14·38324/38281".</param>
/// <param name="K">The K used in the adjustment (regressors + counted fixed-effect coefficients).</param>
/// <param name="ClusterCounts">G for each cluster variable (two-way: G_A, G_B, G_A∩B).</param>
/// <param name="DegreesOfFreedom">Of the t statistics (n−K, or G_min−1 when clustered; +∞ for PPML z statistics).</param>
public sealed record VcovInfo(VcovSpec Spec, double Adjustment, string AdjustmentFormula, int K, IReadOnlyList<int> ClusterCounts, double DegreesOfFreedom)
{
    /// <summary>Warnings such as leverage-one observations (HC2/HC3 set to NaN).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
