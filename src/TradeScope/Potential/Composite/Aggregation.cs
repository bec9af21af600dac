using TradeScope.Core;

namespace TradeScope.Potential.Composite;

/// <summary>The aggregation rules (OECD/JRC Handbook 2008, section 6; COINr's a_* functions).</summary>
public enum AggregationKind
{
    /// <summary>Weighted arithmetic mean Σw̃x (COINr a_amean); fully compensatory.</summary>
    ArithmeticMean,

    /// <summary>Weighted geometric mean exp(Σw̃ ln x) (COINr a_gmean); needs positive values.</summary>
    GeometricMean,

    /// <summary>Weighted harmonic mean 1/Σ(w̃/x) (COINr a_hmean); needs non-zero values.</summary>
    HarmonicMean,

    /// <summary>The non-compensatory Copeland rule on the weighted outranking matrix (Handbook section 6.1.2).</summary>
    Copeland,
}

/// <summary>
/// Aggregation of a node's children into the node's score. Weights are relative: for each unit they are re-scaled to
/// sum to one over the children that have a value (w̃), so a missing child is skipped rather than counted as zero.
/// </summary>
public static class Aggregation
{
    /// <summary>Reason: no child of the node has a value for the unit.</summary>
    public const string NoData = "NO_DATA";

    /// <summary>Reason: a geometric mean over a child value ≤ 0 (normalise to a positive range, e.g. minmax:1,100).</summary>
    public const string NonPositive = "NON_POSITIVE_VALUE";

    /// <summary>Reason: a harmonic mean over a child value of 0 (normalise to a positive range, e.g. minmax:1,100).</summary>
    public const string ZeroValue = "ZERO_VALUE";

    /// <summary>Reason: the children with a value all have weight zero.</summary>
    public const string ZeroWeight = "ZERO_WEIGHT";

    /// <summary>Reason: contributions are defined for arithmetic and geometric means only.</summary>
    public const string NotAdditive = "NOT_ADDITIVE";

    /// <summary>Parses <c>amean|gmean|hmean|copeland</c>.</summary>
    /// <exception cref="InputException">Another value.</exception>
    public static AggregationKind Parse(string? text) =>
        (text ?? "amean").Trim().ToLowerInvariant() switch
        {
            "amean" => AggregationKind.ArithmeticMean,
            "gmean" => AggregationKind.GeometricMean,
            "hmean" => AggregationKind.HarmonicMean,
            "copeland" => AggregationKind.Copeland,
            _ => throw InputException.Argument(CompositeParameters.Aggregate, text, "expected amean, gmean, hmean or copeland"),
        };

    /// <summary>The label as written on the command line.</summary>
    public static string Label(AggregationKind kind) =>
        kind switch
        {
            AggregationKind.ArithmeticMean => "amean",
            AggregationKind.GeometricMean => "gmean",
            AggregationKind.HarmonicMean => "hmean",
            _ => "copeland",
        };

    /// <summary>
    /// The node's score for every unit. <paramref name="children"/>[k][unit] is child k's score, <paramref name="weights"/>[k] its
    /// weight. Means are unit by unit over the present children; Copeland compares every pair of units.
    /// </summary>
    public static ScoredColumn Aggregate(IReadOnlyList<double[]> children, IReadOnlyList<double> weights, AggregationKind kind)
    {
        var units = children.Count == 0 ? 0 : children[0].Length;
        if (kind == AggregationKind.Copeland)
            return Copeland(children, weights);
        var values = new double[units];
        var reasons = new string?[units];
        for (var u = 0; u < units; u++)
        {
            var (value, reason) = Mean(children, weights, u, kind);
            values[u] = value;
            reasons[u] = reason;
        }
        return new(values, reasons);
    }

    /// <summary>One unit's weighted mean: arithmetic Σw̃x, geometric exp(Σw̃ ln x), harmonic 1/Σ(w̃/x); NaN with a reason
    /// when no child has a value, weights of the present children sum to zero, or a value is outside the mean's domain.</summary>
    public static (double Value, string? Reason) Mean(
        IReadOnlyList<double[]> children,
        IReadOnlyList<double> weights,
        int unit,
        AggregationKind kind
    )
    {
        double sumW = 0,
            acc = 0;
        var any = false;
        for (var k = 0; k < children.Count; k++)
        {
            var x = children[k][unit];
            if (!double.IsFinite(x))
                continue;
            any = true;
            var w = weights[k];
            if (w == 0)
                continue;
            switch (kind)
            {
                case AggregationKind.GeometricMean when x <= 0:
                    return (double.NaN, NonPositive);
                case AggregationKind.HarmonicMean when x == 0:
                    return (double.NaN, ZeroValue);
            }
            sumW += w;
            acc += kind switch
            {
                AggregationKind.ArithmeticMean => w * x,
                AggregationKind.GeometricMean => w * Math.Log(x),
                _ => w / x,
            };
        }
        if (!any)
            return (double.NaN, NoData);
        if (sumW == 0)
            return (double.NaN, ZeroWeight);
        return kind switch
        {
            AggregationKind.ArithmeticMean => (acc / sumW, null),
            AggregationKind.GeometricMean => (Math.Exp(acc / sumW), null),
            _ => (sumW / acc, null),
        };
    }

    /// <summary>
    /// The weighted outranking matrix e[j,k] = Σ w̃ over children where unit j beats unit k + ½ Σ w̃ where they tie
    /// (COINr's outrankMatrix; w̃ the weights re-scaled over the children both units have), and the Copeland score of j =
    /// #{k: e[j,k] &gt; e[k,j]} − #{k: e[j,k] &lt; e[k,j]} (Handbook 2008, section 6.1.2, the net number of pairwise majority
    /// wins). COINr's a_copeland returns the row sums Σ_k e[j,k] instead (a Borda-like score); TradeScope follows the
    /// Handbook's Copeland rule. A unit without any child value gets NaN and takes part in no comparison.
    /// </summary>
    public static ScoredColumn Copeland(IReadOnlyList<double[]> children, IReadOnlyList<double> weights)
    {
        var units = children.Count == 0 ? 0 : children[0].Length;
        var e = Outranking(children, weights);
        var values = new double[units];
        var reasons = new string?[units];
        for (var j = 0; j < units; j++)
        {
            if (!children.Any(c => double.IsFinite(c[j])))
            {
                values[j] = double.NaN;
                reasons[j] = NoData;
                continue;
            }
            var score = 0;
            for (var k = 0; k < units; k++)
            {
                if (k == j || double.IsNaN(e[j, k]))
                    continue;
                score += Math.Sign(e[j, k] - e[k, j]);
            }
            values[j] = score;
        }
        return new(values, reasons);
    }

    /// <summary>The outranking matrix of <see cref="Copeland"/>; NaN where two units share no child with a value.</summary>
    public static double[,] Outranking(IReadOnlyList<double[]> children, IReadOnlyList<double> weights)
    {
        var units = children.Count == 0 ? 0 : children[0].Length;
        var e = new double[units, units];
        for (var j = 0; j < units; j++)
            for (var k = 0; k < units; k++)
            {
                if (j == k)
                    continue;
                double sumW = 0,
                    win = 0;
                for (var c = 0; c < children.Count; c++)
                {
                    var (a, b) = (children[c][j], children[c][k]);
                    if (!double.IsFinite(a) || !double.IsFinite(b))
                        continue;
                    sumW += weights[c];
                    win +=
                        a > b ? weights[c]
                        : a == b ? weights[c] / 2
                        : 0;
                }
                e[j, k] = sumW > 0 ? win / sumW : double.NaN;
            }
        return e;
    }
}

/// <summary>A score per unit and, where it is NaN, the reason code.</summary>
public sealed record ScoredColumn(double[] Values, string?[] Reasons);
