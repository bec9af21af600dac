using TradeScope.Core;

namespace TradeScope.Econometrics;

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
public sealed record SmallSample(
    bool Adjust = true,
    FixedEffectsInK FixedEffectsK = FixedEffectsInK.Nested,
    bool ClusterAdjust = true,
    bool MinClusterCount = true
)
{
    /// <summary>fixest's defaults.</summary>
    public static readonly SmallSample Fixest = new();

    /// <summary>R sandwich <c>vcovCL(type = "HC1")</c> and statsmodels: G/(G−1)·(n−1)/(n−K) with every parameter in K.</summary>
    public static readonly SmallSample Sandwich = new(true, FixedEffectsInK.Full, true, false);
}

/// <summary>A covariance request: a type from the registry <see cref="VcovKind"/>, cluster variables (one or two
/// columns, for <see cref="VcovKind.Cluster"/>) and small-sample conventions.</summary>
public sealed record VcovSpec(VcovKind Kind, IReadOnlyList<string> Clusters, SmallSample SmallSample)
{
    public static readonly VcovSpec Iid = new(VcovKind.Iid, [], SmallSample.Fixest);
    public static readonly VcovSpec HC0 = new(VcovKind.HC0, [], SmallSample.Fixest);
    public static readonly VcovSpec HC1 = new(VcovKind.HC1, [], SmallSample.Fixest);
    public static readonly VcovSpec HC2 = new(VcovKind.HC2, [], SmallSample.Fixest);
    public static readonly VcovSpec HC3 = new(VcovKind.HC3, [], SmallSample.Fixest);

    /// <summary>Clustered by one or two columns (each column name may itself be an interaction a^b).</summary>
    public static VcovSpec Cluster(params string[] columns) =>
        columns.Length is 1 or 2
            ? new(VcovKind.Cluster, columns, SmallSample.Fixest)
            : throw new ArgumentException("one or two cluster variables", nameof(columns));

    /// <summary>Parses a type's name or alias, with arguments after a colon where the type takes them:
    /// <c>iid|hc0|hc1|hc2|hc3|cluster:VAR[,VAR2]</c> (also <c>standard</c> = iid, <c>robust</c> = <c>hetero</c> = hc1);
    /// the accepted words come from <see cref="VcovKind.All"/>.</summary>
    /// <param name="text">The request, e.g. <c>cluster:Origin,Destination</c> (names are case-insensitive, columns not).</param>
    /// <param name="capability">What the model or analysis can supply (default: everything); a type that needs more is refused.</param>
    /// <exception cref="InputException">Unknown type, a type the capability does not support, or malformed arguments;
    /// the parameter is <see cref="EconometricsParameters.Vcov"/>.</exception>
    public static VcovSpec Parse(string text, VcovCapability? capability = null) => VcovKind.Parse(text, capability);

    /// <summary>The request written back in <see cref="Parse"/> syntax, e.g. <c>hc1</c>, <c>cluster:Origin,Destination</c>.</summary>
    public string Text => Kind.Arguments is null ? Kind.Name : $"{Kind.Name}:{string.Join(',', Clusters)}";

    /// <summary>Short label for tables: "IID", "HC1", "Clustered (Origin)", "Two-way clustered (Origin, Destination)".</summary>
    public string Label => Kind.Label(Clusters).En;

    /// <summary><see cref="Label"/> in English and Russian, for reports.</summary>
    public Bilingual BilingualLabel => Kind.Label(Clusters);

    public override string ToString() => Label;
}

/// <summary>The covariance actually computed, with its conventions spelled out.</summary>
/// <param name="Spec">What was requested.</param>
/// <param name="Adjustment">The scalar small-sample factor applied (1 when none; two-way: the factor on each term).</param>
/// <param name="AdjustmentFormula">The factor in words, e.g. "G/(G−1)·(n−1)/(n−K) = 15/14·38324/38281".</param>
/// <param name="K">The K used in the adjustment (regressors + counted fixed-effect coefficients).</param>
/// <param name="ClusterCounts">G for each cluster variable (two-way: G_A, G_B, G_A∩B).</param>
/// <param name="DegreesOfFreedom">Of the t statistics (n−K, or G_min−1 when clustered; +∞ for PPML z statistics).</param>
public sealed record VcovInfo(
    VcovSpec Spec,
    double Adjustment,
    string AdjustmentFormula,
    int K,
    IReadOnlyList<int> ClusterCounts,
    double DegreesOfFreedom
)
{
    /// <summary>Warnings such as leverage-one observations (HC2/HC3 set to NaN).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
