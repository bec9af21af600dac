using TradeScope.Core;

namespace TradeScope.Econometrics;

/// <summary>What a covariance type needs from the fit besides the scores and the bread.</summary>
[Flags]
public enum VcovNeeds
{
    /// <summary>Nothing more.</summary>
    None = 0,

    /// <summary>The leverages h_ii (diagonal of the hat matrix); not computed when fixed effects are absorbed.</summary>
    Leverages = 1,

    /// <summary>Columns of the data to cluster by.</summary>
    ClusterVariables = 2,
}

/// <summary>What a model or an analysis can supply to covariance types (declared once, e.g.
/// <c>RvcRegression.VcovCapability</c>), and in words why it lacks the rest.</summary>
/// <param name="Provides">The needs it can meet.</param>
/// <param name="Lacking">Completes "hc2 needs the leverages h_ii, …" for the needs it cannot meet, e.g.
/// "which are not computed with absorbed fixed effects".</param>
public sealed record VcovCapability(VcovNeeds Provides, string Lacking = "which are not available here")
{
    /// <summary>Every need met: all registered types are available.</summary>
    public static readonly VcovCapability Everything = new(VcovNeeds.Leverages | VcovNeeds.ClusterVariables);

    /// <summary>True when every need of <paramref name="kind"/> is met.</summary>
    public bool Supports(VcovKind kind) => (kind.Needs & ~Provides) == VcovNeeds.None;

    /// <summary>The registered types this capability supports, in registry order.</summary>
    public IReadOnlyList<VcovKind> Kinds => VcovKind.All.Where(Supports).ToList();

    /// <summary>The supported types' syntaxes as a choice list, e.g. "iid, hc0, hc1, hc2, hc3 or cluster:VAR[,VAR2]".</summary>
    public string Alternatives()
    {
        var syntaxes = Kinds.Select(k => k.Syntax).ToList();
        return syntaxes.Count <= 1 ? string.Concat(syntaxes) : $"{string.Join(", ", syntaxes[..^1])} or {syntaxes[^1]}";
    }

    /// <summary>Refuses a request whose type needs what this capability does not provide.</summary>
    /// <exception cref="InputException">Parameter <see cref="EconometricsParameters.Vcov"/>: "hc2 needs the leverages h_ii,
    /// which …; use iid, hc0, hc1 or cluster:VAR[,VAR2]".</exception>
    public void Require(VcovSpec spec) => Require(spec.Kind, spec.Text);

    /// <summary>Refuses a type that needs what this capability does not provide.</summary>
    /// <param name="kind">The type.</param>
    /// <param name="text">The request as the caller wrote it, for the message.</param>
    /// <exception cref="InputException">As <see cref="Require(VcovSpec)"/>.</exception>
    public void Require(VcovKind kind, string text)
    {
        if (Refusal(kind) is { } refusal)
            throw InputException.Argument(EconometricsParameters.Vcov, text, $"{refusal}; use {Alternatives()}");
    }

    /// <summary>Why <paramref name="kind"/> is not supported, e.g. "hc2 needs the leverages h_ii, which are not computed
    /// with absorbed fixed effects"; null when it is.</summary>
    public string? Refusal(VcovKind kind)
    {
        var missing = kind.Needs & ~Provides;
        if (missing == VcovNeeds.None)
            return null;
        var needs = Enum.GetValues<VcovNeeds>().Where(n => n != VcovNeeds.None && missing.HasFlag(n)).Select(Describe);
        return $"{kind.Name} needs {string.Join(" and ", needs)}, {Lacking}";
    }

    private static string Describe(VcovNeeds need) =>
        need switch
        {
            VcovNeeds.Leverages => "the leverages h_ii",
            VcovNeeds.ClusterVariables => "cluster variables",
            _ => need.ToString(),
        };
}

/// <summary>
/// A covariance type, and the registry of all of them (<see cref="All"/>; the model is fixest's <c>vcov_setup</c> in
/// R/VCOV.R: name, aliases, label, computation). Each type is one entry here and one small class in its own file
/// (VcovIid.cs, VcovHC0.cs, …, VcovCluster.cs) holding its name, aliases, needs, report label and computation;
/// <see cref="Parse"/>, the command line's <c>--vcov</c> choices and help, and the report labels are generated from
/// the registry. Adding a type touches only its class, its line in <see cref="All"/> and its tests.
/// </summary>
/// <remarks>The computations share the sandwich V = B·M·B with B = (X̃'WX̃)⁻¹ and scores s_i = x̃_i·u_i
/// (<see cref="Variance"/>; White 1980; MacKinnon and White 1985; Cameron, Gelbach and Miller 2011) and the
/// small-sample conventions of <see cref="SmallSample"/>; docs/methods/econometrics.md states them.</remarks>
public abstract class VcovKind
{
    private protected VcovKind(string name, IReadOnlyList<string> aliases, VcovNeeds needs)
    {
        Name = name;
        Aliases = aliases;
        Needs = needs;
    }

    /// <summary>The canonical name, e.g. <c>hc1</c>.</summary>
    public string Name { get; }

    /// <summary>Other names accepted by <see cref="Parse"/>, e.g. <c>robust</c>, <c>hetero</c> for hc1.</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>What the type needs from the fit; a model or analysis that cannot supply it refuses the type
    /// (<see cref="VcovCapability"/>).</summary>
    public VcovNeeds Needs { get; }

    /// <summary>The arguments after <c>name:</c>, e.g. <c>VAR[,VAR2]</c>; null when the type takes none.</summary>
    public virtual string? Arguments => null;

    /// <summary>How to write a request: the name, with its arguments if any (<c>cluster:VAR[,VAR2]</c>).</summary>
    public string Syntax => Arguments is null ? Name : $"{Name}:{Arguments}";

    /// <summary>Label for tables in English and Russian, e.g. "HC1", "Clustered (Origin)".</summary>
    /// <param name="clusters">The request's cluster variables (empty for types without).</param>
    public abstract Bilingual Label(IReadOnlyList<string> clusters);

    public override string ToString() => Name;

    /// <summary>The request for the text after the colon (types with <see cref="Arguments"/> only).</summary>
    /// <param name="text">The whole request, for messages.</param>
    /// <param name="arguments">The text after the colon, "" when there is none.</param>
    /// <exception cref="InputException">Malformed arguments.</exception>
    private protected virtual VcovSpec Create(string text, string arguments) => new(this, [], SmallSample.Fixest);

    /// <summary>The covariance of the fit and what was applied (<see cref="VcovInfo"/>). The needs have been checked.</summary>
    internal abstract (double[] V, VcovInfo Info) Compute(FitState state, VcovSpec spec);

    /// <summary>Classical (homoskedastic) covariance: <c>iid</c>, alias <c>standard</c>.</summary>
    public static readonly VcovKind Iid = new VcovIid();

    /// <summary>White/Huber sandwich without adjustment: <c>hc0</c>.</summary>
    public static readonly VcovKind HC0 = new VcovHC0();

    /// <summary>HC0 × n/(n−K): <c>hc1</c>, aliases <c>robust</c>, <c>hetero</c>.</summary>
    public static readonly VcovKind HC1 = new VcovHC1();

    /// <summary>Scores scaled by 1/√(1−h_ii): <c>hc2</c>.</summary>
    public static readonly VcovKind HC2 = new VcovHC2();

    /// <summary>Scores scaled by 1/(1−h_ii): <c>hc3</c>.</summary>
    public static readonly VcovKind HC3 = new VcovHC3();

    /// <summary>Cluster-robust, one- or two-way: <c>cluster:VAR[,VAR2]</c>.</summary>
    public static readonly VcovKind Cluster = new VcovCluster();

    /// <summary>The registry: every covariance type, in the order choices are listed.</summary>
    public static IReadOnlyList<VcovKind> All { get; } = [Iid, HC0, HC1, HC2, HC3, Cluster];

    /// <summary>The type with this name or alias (case-insensitive), or null.</summary>
    public static VcovKind? Find(string name) =>
        All.FirstOrDefault(k =>
            k.Name.Equals(name, StringComparison.OrdinalIgnoreCase)
            || k.Aliases.Any(a => a.Equals(name, StringComparison.OrdinalIgnoreCase))
        );

    /// <summary>Parses <c>NAME</c> or <c>NAME:ARGUMENTS</c> against the registry (see <see cref="VcovSpec.Parse"/>).</summary>
    /// <exception cref="InputException">Unknown type, unsupported by <paramref name="capability"/>, or bad arguments.</exception>
    public static VcovSpec Parse(string text, VcovCapability? capability = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        capability ??= VcovCapability.Everything;
        var trimmed = text.Trim();
        var colon = trimmed.IndexOf(':');
        var kind = Find(colon < 0 ? trimmed : trimmed[..colon]);
        if (kind is null || (colon >= 0 && kind.Arguments is null))
            throw InputException.Argument(EconometricsParameters.Vcov, text, $"unknown covariance type; use {capability.Alternatives()}");
        capability.Require(kind, text);
        return kind.Create(text, colon < 0 ? "" : trimmed[(colon + 1)..]);
    }
}
