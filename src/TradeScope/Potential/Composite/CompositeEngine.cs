using TradeScope.Core;

namespace TradeScope.Potential.Composite;

/// <summary>The choices of one composite-indicator run.</summary>
/// <param name="Normalisation">The normalisation (default min–max onto [0, 100]).</param>
/// <param name="Aggregation">The aggregation rule at every aggregate (default arithmetic mean).</param>
/// <param name="Weighting">Where the weights come from (default the metadata).</param>
/// <param name="Imputation">How missing values are handled (default none: skip, weights re-scaled).</param>
/// <param name="Treatment">The outlier treatment (default none).</param>
/// <param name="WeightOverrides">Weights by node code for <see cref="WeightingKind.File"/> (nodes not named keep the
/// metadata's weight), or null.</param>
public sealed record CompositeSettings(
    Normalisation Normalisation,
    AggregationKind Aggregation = AggregationKind.ArithmeticMean,
    WeightingKind Weighting = WeightingKind.Meta,
    ImputationKind Imputation = ImputationKind.None,
    TreatmentKind Treatment = TreatmentKind.None,
    IReadOnlyDictionary<string, double>? WeightOverrides = null
)
{
    /// <summary>COINr's defaults: min–max 0–100, arithmetic mean, metadata weights, no imputation, no treatment.</summary>
    public static CompositeSettings Default { get; } = new(Normalisation.Default);
}

/// <summary>The indicators after imputation, treatment and normalisation: one column per indicator of the hierarchy.</summary>
/// <param name="Columns">Normalised scores by indicator code (NaN = missing or not computable).</param>
/// <param name="Reasons">By indicator code, why the whole column is NaN, or null.</param>
/// <param name="Treatments">What treatment did, by indicator code.</param>
public sealed record PreparedIndicators(
    IReadOnlyDictionary<string, double[]> Columns,
    IReadOnlyDictionary<string, string?> Reasons,
    IReadOnlyDictionary<string, TreatedColumn> Treatments
);

/// <summary>One pillar's (child's) contribution to its parent's score for one unit.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Node">The aggregate.</param>
/// <param name="Child">The child.</param>
/// <param name="Value">Arithmetic mean: w̃·x (the contributions of a node's children sum to its score); geometric mean:
/// w̃·ln x (they sum to ln of the score); NaN otherwise.</param>
/// <param name="Reason">Why <paramref name="Value"/> is NaN, or null.</param>
public sealed record Contribution(string Unit, string Node, string Child, double Value, string? Reason);

/// <summary>The result of one run: the scores of every node, the weights used and the ranks of the index.</summary>
/// <param name="Hierarchy">The hierarchy.</param>
/// <param name="Settings">The choices.</param>
/// <param name="Units">The units, in data order.</param>
/// <param name="Scores">Every node's scores by code (indicators: normalised values).</param>
/// <param name="Weights">The weight used for each node within its parent (relative; derived for PCA and equal influence).</param>
/// <param name="Prepared">The normalised indicators and what treatment did.</param>
public sealed record CompositeResult(
    CompositeHierarchy Hierarchy,
    CompositeSettings Settings,
    IReadOnlyList<string> Units,
    IReadOnlyDictionary<string, ScoredColumn> Scores,
    IReadOnlyDictionary<string, double> Weights,
    PreparedIndicators Prepared
)
{
    /// <summary>The index (root) scores.</summary>
    public ScoredColumn Index => Scores[Hierarchy.Root.Code];

    /// <summary>The rank of each unit on the index: 1 = highest score, ties share the lowest rank (R's ties "min");
    /// NaN where the score is NaN.</summary>
    public double[] Ranks => Composite.Ranks.Descending(Index.Values);

    /// <summary>Every aggregate's per-unit contributions of its children, tidy (unit, node, child).</summary>
    public IReadOnlyList<Contribution> Contributions()
    {
        var list = new List<Contribution>();
        foreach (var node in Hierarchy.Aggregates)
        {
            var children = Hierarchy.Children(node.Code);
            for (var u = 0; u < Units.Count; u++)
            {
                var present = children.Where(c => double.IsFinite(Scores[c.Code].Values[u])).ToList();
                var sumW = present.Sum(c => Weights[c.Code]);
                foreach (var child in children)
                {
                    var x = Scores[child.Code].Values[u];
                    var w = sumW == 0 ? double.NaN : Weights[child.Code] / sumW;
                    var (value, reason) = Settings.Aggregation switch
                    {
                        _ when !double.IsFinite(x) => (double.NaN, Scores[child.Code].Reasons[u] ?? Aggregation.NoData),
                        _ when !double.IsFinite(w) => (double.NaN, Aggregation.ZeroWeight),
                        AggregationKind.ArithmeticMean => (w * x, (string?)null),
                        AggregationKind.GeometricMean when x > 0 => (w * Math.Log(x), null),
                        AggregationKind.GeometricMean => (double.NaN, Aggregation.NonPositive),
                        _ => (double.NaN, Aggregation.NotAdditive),
                    };
                    list.Add(new(Units[u], node.Code, child.Code, value, reason));
                }
            }
        }
        return list;
    }
}

/// <summary>
/// The composite-indicator engine, following the steps of the OECD/JRC Handbook on Constructing Composite Indicators
/// (2008) with the conventions of the JRC's COINr package where a choice is needed: (1) imputation of raw values
/// (<see cref="Imputation"/>), (2) outlier treatment (<see cref="Treatment"/>), (3) normalisation after multiplying by the
/// direction (<see cref="Normaliser"/>), (4) weights (<see cref="Weighting"/>), (5) aggregation level by level from the
/// indicators up to the index (<see cref="Aggregation"/>). Documented in docs/methods/potential.md#composite-indicator-engine.
/// </summary>
public static class CompositeEngine
{
    /// <summary>Runs the whole pipeline.</summary>
    /// <exception cref="InputException">An indicator is not a column of the data, a weight override names an unknown node,
    /// or the reference unit of distance to reference is unknown.</exception>
    /// <exception cref="NumericalException">PCA or equal-influence weights cannot be computed.</exception>
    public static CompositeResult Compute(CompositeHierarchy hierarchy, CompositeData data, CompositeSettings settings)
    {
        var prepared = Prepare(hierarchy, data, settings.Imputation, settings.Treatment, settings.Normalisation);
        return Aggregate(hierarchy, data.Units, prepared, settings, NominalWeights(hierarchy, settings));
    }

    /// <summary>Steps 1–3: imputation, treatment and normalisation of every indicator of the hierarchy.</summary>
    public static PreparedIndicators Prepare(
        CompositeHierarchy hierarchy,
        CompositeData data,
        ImputationKind imputation,
        TreatmentKind treatment,
        Normalisation normalisation
    )
    {
        var referenceRow = -1;
        if (normalisation.Kind == NormalisationKind.DistanceToReference)
        {
            referenceRow = data.Units.ToList().IndexOf(normalisation.Reference!);
            if (referenceRow < 0)
                throw InputException.Argument(CompositeParameters.Normalise, normalisation.Label, "the reference unit is not in the data");
        }
        var columns = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var reasons = new Dictionary<string, string?>(StringComparer.Ordinal);
        var treatments = new Dictionary<string, TreatedColumn>(StringComparer.Ordinal);
        foreach (var indicator in hierarchy.Indicators)
        {
            var raw = data.Column(indicator.Code);
            var imputed = Imputation.Column(raw, imputation, data.Groups);
            var treated = Treatment.Apply(imputed, treatment);
            var normalised = Normaliser.Normalise(treated.Values, indicator, normalisation, referenceRow);
            columns[indicator.Code] = normalised.Values;
            reasons[indicator.Code] = normalised.Reason;
            treatments[indicator.Code] = treated;
        }
        return new(columns, reasons, treatments);
    }

    /// <summary>The weights before any derivation from the data: the metadata's, all ones (equal), or the metadata's
    /// overridden by the file. PCA and equal influence start from these and replace them level by level.</summary>
    /// <exception cref="InputException">An override names a node that is not in the hierarchy, or is negative.</exception>
    public static IReadOnlyDictionary<string, double> NominalWeights(CompositeHierarchy hierarchy, CompositeSettings settings)
    {
        var weights = hierarchy.Nodes.ToDictionary(
            n => n.Code,
            n => settings.Weighting == WeightingKind.Equal ? 1.0 : n.Weight,
            StringComparer.Ordinal
        );
        if (settings.Weighting == WeightingKind.File && settings.WeightOverrides is { } overrides)
            foreach (var (code, w) in overrides)
            {
                if (!hierarchy.Contains(code))
                    throw InputException.Argument(CompositeParameters.Weights, code, "names no node of the metadata; correct the code");
                if (!double.IsFinite(w) || w < 0)
                    throw InputException.Argument(CompositeParameters.Weights, code, "weight must be a number ≥ 0");
                weights[code] = w;
            }
        return weights;
    }

    /// <summary>Steps 4–5: weights and aggregation, bottom-up. With <see cref="WeightingKind.Pca"/> or
    /// <see cref="WeightingKind.EqualInfluence"/> each aggregate's children weights are derived from the children's scores
    /// just computed; otherwise <paramref name="weights"/> are used as they are.</summary>
    public static CompositeResult Aggregate(
        CompositeHierarchy hierarchy,
        IReadOnlyList<string> units,
        PreparedIndicators prepared,
        CompositeSettings settings,
        IReadOnlyDictionary<string, double> weights
    )
    {
        var scores = new Dictionary<string, ScoredColumn>(StringComparer.Ordinal);
        foreach (var indicator in hierarchy.Indicators)
        {
            var reason = prepared.Reasons[indicator.Code];
            var values = prepared.Columns[indicator.Code];
            scores[indicator.Code] = new(values, [.. values.Select(v => double.IsFinite(v) ? null : reason)]);
        }
        var used = new Dictionary<string, double>(weights, StringComparer.Ordinal);
        foreach (var node in hierarchy.Aggregates)
        {
            var children = hierarchy.Children(node.Code);
            var columns = children.Select(c => scores[c.Code].Values).ToList();
            var w = settings.Weighting switch
            {
                WeightingKind.Pca => Weighting.Pca(columns, node.Code),
                WeightingKind.EqualInfluence => Weighting.EqualInfluence(columns, settings.Aggregation, node.Code),
                _ => children.Select(c => used[c.Code]).ToArray(),
            };
            for (var k = 0; k < children.Count; k++)
                used[children[k].Code] = w[k];
            scores[node.Code] = Aggregation.Aggregate(columns, w, settings.Aggregation);
        }
        return new(hierarchy, settings, units, scores, used, prepared);
    }
}
