using System.Globalization;
using TradeScope.Core;

namespace TradeScope.Potential.Composite;

/// <summary>The normalisation methods (OECD/JRC Handbook 2008, section 5; COINr's <c>n_*</c> functions).</summary>
public enum NormalisationKind
{
    /// <summary>Min–max onto [l, u] (COINr n_minmax, default l = 0, u = 100).</summary>
    MinMax,

    /// <summary>z-score with mean m and standard deviation s (COINr n_zscore, default 0 and 1; sample standard deviation).</summary>
    ZScore,

    /// <summary>Rank, ties taking the lowest rank (COINr n_rank, R's ties.method = "min").</summary>
    Rank,

    /// <summary>Percentile rank (rank − 1)/(n − 1), ties lowest (COINr n_prank).</summary>
    PercentRank,

    /// <summary>Goalposts from the metadata, truncated to the posts and scaled to 0–100 (COINr n_goalposts).</summary>
    Goalposts,

    /// <summary>Distance to the maximum 1 − (max − x)/(max − min) (COINr n_dist2max).</summary>
    DistanceToMax,

    /// <summary>Distance to a reference unit 1 − (x_ref − x)/(x_ref − min) (COINr n_dist2ref, not capped).</summary>
    DistanceToReference,
}

/// <summary>
/// A normalisation method and its parameters. Every method works on the indicator after it is multiplied by its
/// direction (so a direction −1 indicator is negated first, as COINr's Normalise does) and ignores missing values.
/// </summary>
/// <param name="Kind">The method.</param>
/// <param name="A">l of min–max, m of z-score; unused otherwise.</param>
/// <param name="B">u of min–max, s of z-score; unused otherwise.</param>
/// <param name="Reference">The reference unit of <see cref="NormalisationKind.DistanceToReference"/>.</param>
public sealed record Normalisation(NormalisationKind Kind, double A = 0, double B = 100, string? Reference = null)
{
    /// <summary>COINr's default: min–max onto [0, 100].</summary>
    public static readonly Normalisation Default = MinMax(0, 100);

    /// <summary>Min–max onto [<paramref name="low"/>, <paramref name="high"/>].</summary>
    public static Normalisation MinMax(double low, double high) => new(NormalisationKind.MinMax, low, high);

    /// <summary>z-score with mean <paramref name="mean"/> and standard deviation <paramref name="sd"/>.</summary>
    public static Normalisation ZScore(double mean, double sd) => new(NormalisationKind.ZScore, mean, sd);

    /// <summary>The method as written on the command line, e.g. <c>minmax:0,100</c>.</summary>
    public string Label =>
        Kind switch
        {
            NormalisationKind.MinMax => $"minmax:{Number(A)},{Number(B)}",
            NormalisationKind.ZScore => $"zscore:{Number(A)},{Number(B)}",
            NormalisationKind.Rank => "rank",
            NormalisationKind.PercentRank => "prank",
            NormalisationKind.Goalposts => "goalposts",
            NormalisationKind.DistanceToMax => "dist2max",
            _ => $"dist2ref:{Reference}",
        };

    private static string Number(double x) => x.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Parses <c>minmax[:L,U]|zscore[:M,SD]|rank|prank|goalposts|dist2max|dist2ref:UNIT</c>.</summary>
    /// <exception cref="InputException">An unknown method or bad parameters.</exception>
    public static Normalisation Parse(string text)
    {
        var (name, args) = Split(text);
        switch (name)
        {
            case "minmax":
                {
                    var (l, u) = args is null ? (0, 100) : Pair(text, args);
                    return l < u ? MinMax(l, u) : throw Bad(text, "expected minmax:L,U with L < U, e.g. minmax:0,100");
                }
            case "zscore":
                {
                    var (m, s) = args is null ? (0, 1) : Pair(text, args);
                    return s > 0 ? ZScore(m, s) : throw Bad(text, "expected zscore:M,SD with SD > 0, e.g. zscore:0,1");
                }
            case "rank" when args is null:
                return new(NormalisationKind.Rank);
            case "prank" when args is null:
                return new(NormalisationKind.PercentRank);
            case "goalposts" when args is null:
                return new(NormalisationKind.Goalposts);
            case "dist2max" when args is null:
                return new(NormalisationKind.DistanceToMax);
            case "dist2ref" when !string.IsNullOrWhiteSpace(args):
                return new(NormalisationKind.DistanceToReference, Reference: args.Trim());
            default:
                throw Bad(text, "expected minmax:L,U, zscore:M,SD, rank, prank, goalposts, dist2max or dist2ref:UNIT");
        }
    }

    private static (string Name, string? Args) Split(string text)
    {
        var colon = text.IndexOf(':');
        return colon < 0 ? (text.Trim().ToLowerInvariant(), null) : (text[..colon].Trim().ToLowerInvariant(), text[(colon + 1)..]);
    }

    private static (double, double) Pair(string text, string args)
    {
        var parts = args.Split(',');
        if (
            parts.Length == 2
            && double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            && double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var b)
            && double.IsFinite(a)
            && double.IsFinite(b)
        )
            return (a, b);
        throw Bad(text, "expected two numbers separated by a comma, e.g. minmax:0,100");
    }

    private static InputException Bad(string text, string message) => InputException.Argument(CompositeParameters.Normalise, text, message);
}

/// <summary>
/// Normalises one indicator column (COINr conventions, each stated on its method). Missing values stay missing; a
/// column whose values cannot be normalised gives NaN for every unit with the reason in <see cref="NormalisedColumn.Reason"/>.
/// </summary>
public static class Normaliser
{
    /// <summary>Reason: every value of the indicator is the same, so min–max and distance methods divide by zero.</summary>
    public const string ZeroRange = "ZERO_RANGE";

    /// <summary>Reason: fewer than two values, so the standard deviation or percentile rank is undefined.</summary>
    public const string TooFewValues = "TOO_FEW_VALUES";

    /// <summary>Reason: goalposts normalisation of an indicator without goal_low and goal_high.</summary>
    public const string NoGoalposts = "NO_GOALPOSTS";

    /// <summary>Reason: the reference unit is missing from the data or has no value.</summary>
    public const string NoReference = "NO_REFERENCE_VALUE";

    /// <summary>
    /// The normalised column: the raw values are multiplied by <paramref name="node"/>'s direction, then
    /// <list type="bullet">
    /// <item>min–max: y = (x − min)/(max − min)·(u − l) + l;</item>
    /// <item>z-score: y = (x − mean)/sd·s + m, sd the sample standard deviation (n − 1), as R's sd;</item>
    /// <item>rank: R's rank(x, ties.method = "min"), so the highest value gets rank n and ties the lowest rank;</item>
    /// <item>percentile rank: (rank − 1)/(n − 1) with the same ranks, in [0, 1];</item>
    /// <item>goalposts: y = 100·clamp((x − l)/(u − l), 0, 1) with l = goal_low, u = goal_high in raw units; for direction −1
    /// y = 100·clamp((u − raw)/(u − l), 0, 1), as COINr negates the goalposts with the indicator;</item>
    /// <item>distance to maximum: y = 1 − (max − x)/(max − min), in [0, 1];</item>
    /// <item>distance to reference: y = 1 − (x_ref − x)/(x_ref − min), above 1 for units beyond the reference.</item>
    /// </list>
    /// </summary>
    /// <param name="raw">The raw values (NaN = missing).</param>
    /// <param name="node">The indicator (direction, goalposts).</param>
    /// <param name="method">The method.</param>
    /// <param name="referenceRow">The row of the reference unit for distance to reference, else −1.</param>
    public static NormalisedColumn Normalise(IReadOnlyList<double> raw, CompositeNode node, Normalisation method, int referenceRow = -1)
    {
        var x = raw.Select(v => v * node.Direction).ToArray();
        var present = x.Where(double.IsFinite).ToArray();
        if (present.Length == 0)
            return NormalisedColumn.Failed(x.Length, TooFewValues);
        var min = present.Min();
        var max = present.Max();
        switch (method.Kind)
        {
            case NormalisationKind.MinMax:
                return max == min
                    ? NormalisedColumn.Failed(x.Length, ZeroRange)
                    : Map(x, v => (v - min) / (max - min) * (method.B - method.A) + method.A);
            case NormalisationKind.ZScore:
                {
                    if (present.Length < 2)
                        return NormalisedColumn.Failed(x.Length, TooFewValues);
                    var mean = present.Average();
                    var sd = Math.Sqrt(present.Sum(v => (v - mean) * (v - mean)) / (present.Length - 1));
                    return sd == 0 ? NormalisedColumn.Failed(x.Length, ZeroRange) : Map(x, v => (v - mean) / sd * method.B + method.A);
                }
            case NormalisationKind.Rank:
                return new(Ranks.Ascending(x), null);
            case NormalisationKind.PercentRank:
                {
                    if (present.Length < 2)
                        return NormalisedColumn.Failed(x.Length, TooFewValues);
                    var n = present.Length;
                    return new(Ranks.Ascending(x).Select(r => (r - 1) / (n - 1)).ToArray(), null);
                }
            case NormalisationKind.Goalposts:
                return Goalposts(raw, node);
            case NormalisationKind.DistanceToMax:
                return max == min ? NormalisedColumn.Failed(x.Length, ZeroRange) : Map(x, v => 1 - (max - v) / (max - min));
            default:
                {
                    if (referenceRow < 0 || !double.IsFinite(x[referenceRow]))
                        return NormalisedColumn.Failed(x.Length, NoReference);
                    var reference = x[referenceRow];
                    return reference == min
                        ? NormalisedColumn.Failed(x.Length, ZeroRange)
                        : Map(x, v => 1 - (reference - v) / (reference - min));
                }
        }
    }

    private static NormalisedColumn Goalposts(IReadOnlyList<double> raw, CompositeNode node)
    {
        var (low, high) = (node.GoalLow, node.GoalHigh);
        if (!double.IsFinite(low) || !double.IsFinite(high) || low == high)
            return NormalisedColumn.Failed(raw.Count, NoGoalposts);
        var y = raw.Select(v =>
                double.IsFinite(v)
                    ? 100 * Math.Clamp(node.Direction == 1 ? (v - low) / (high - low) : (high - v) / (high - low), 0, 1)
                    : double.NaN
            )
            .ToArray();
        return new(y, null);
    }

    private static NormalisedColumn Map(double[] x, Func<double, double> f) =>
        new(x.Select(v => double.IsFinite(v) ? f(v) : double.NaN).ToArray(), null);
}

/// <summary>A normalised column and, when it could not be normalised, the reason (every value is then NaN).</summary>
public sealed record NormalisedColumn(double[] Values, string? Reason)
{
    /// <summary>A column of NaN with its reason.</summary>
    public static NormalisedColumn Failed(int length, string reason) => new(Enumerable.Repeat(double.NaN, length).ToArray(), reason);
}

/// <summary>Ranks with ties taking the lowest rank (R's ties.method = "min"); missing values get NaN.</summary>
public static class Ranks
{
    /// <summary>Rank 1 for the smallest value (as R's rank): the rank of x is 1 + the number of values below it.</summary>
    public static double[] Ascending(IReadOnlyList<double> x)
    {
        var sorted = Sorted(x);
        return [.. x.Select(v => double.IsFinite(v) ? 1 + LowerBound(sorted, v) : double.NaN)];
    }

    /// <summary>Rank 1 for the largest value (a league table): 1 + the number of values above it; ties share the
    /// best (lowest) rank, as COINr ranks scores with ties.method = "min".</summary>
    public static double[] Descending(IReadOnlyList<double> x)
    {
        var sorted = Sorted(x);
        return [.. x.Select(v => double.IsFinite(v) ? 1 + sorted.Length - UpperBound(sorted, v) : double.NaN)];
    }

    private static double[] Sorted(IReadOnlyList<double> x) => [.. x.Where(double.IsFinite).Order()];

    // Number of sorted values strictly below v.
    private static int LowerBound(double[] sorted, double v)
    {
        int lo = 0,
            hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] < v)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }

    // Number of sorted values at or below v.
    private static int UpperBound(double[] sorted, double v)
    {
        int lo = 0,
            hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (sorted[mid] <= v)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
}
