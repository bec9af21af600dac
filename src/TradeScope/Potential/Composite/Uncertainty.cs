using MathNet.Numerics.Statistics;

namespace TradeScope.Potential.Composite;

/// <summary>
/// The uncertain choices of Monte Carlo and sensitivity analysis (OECD/JRC Handbook 2008, section 7; COINr's
/// get_sensitivity). Each list starts with the nominal choice; a draw picks one uniformly.
/// </summary>
/// <param name="WeightNoise">Each weight w becomes w·(1 + U(−ε, ε)), independently (COINr's noisy weights; ε = 0.25 in its
/// examples and here by default).</param>
/// <param name="Normalisations">The normalisation alternatives.</param>
/// <param name="Aggregations">The aggregation alternatives.</param>
/// <param name="Imputations">The imputation alternatives.</param>
public sealed record UncertaintyChoices(
    double WeightNoise,
    IReadOnlyList<Normalisation> Normalisations,
    IReadOnlyList<AggregationKind> Aggregations,
    IReadOnlyList<ImputationKind> Imputations
)
{
    /// <summary>The default noise on weights: ±25 % uniform.</summary>
    public const double DefaultWeightNoise = 0.25;

    /// <summary>
    /// The defaults, after COINr's sensitivity vignette: weights ±25 %; normalisation the nominal one, min–max onto
    /// [1, 100] or z-score (10, 2) (both positive for the geometric mean); aggregation the nominal one, arithmetic or
    /// geometric mean; imputation the nominal one, mean or median. Duplicates of the nominal choice are dropped.
    /// </summary>
    public static UncertaintyChoices Default(CompositeSettings nominal) =>
        new(
            DefaultWeightNoise,
            [.. new[] { nominal.Normalisation, Normalisation.MinMax(1, 100), Normalisation.ZScore(10, 2) }.Distinct()],
            [.. new[] { nominal.Aggregation, AggregationKind.ArithmeticMean, AggregationKind.GeometricMean }.Distinct()],
            [.. new[] { nominal.Imputation, ImputationKind.Mean, ImputationKind.Median }.Distinct()]
        );

    /// <summary>The names of the four uncertain inputs, in the order of the design's columns.</summary>
    public static IReadOnlyList<string> Inputs { get; } = ["weights", "normalisation", "aggregation", "imputation"];
}

/// <summary>One unit's rank over the Monte Carlo draws.</summary>
/// <param name="Unit">The unit.</param>
/// <param name="Median">The median rank.</param>
/// <param name="P05">The 5th percentile of the ranks.</param>
/// <param name="P95">The 95th percentile of the ranks.</param>
/// <param name="Reason">Why the ranks are NaN (no draw ranked the unit), or null.</param>
public sealed record RankInterval(string Unit, double Median, double P05, double P95, string? Reason);

/// <summary>The sensitivity of the mean absolute rank shift to one uncertain input.</summary>
/// <param name="Input">weights, normalisation, aggregation or imputation.</param>
/// <param name="FirstOrder">S_i, the share of the output variance due to the input alone.</param>
/// <param name="Total">S_Ti, the share due to the input and all its interactions (Jansen estimator).</param>
/// <param name="Reason">Why the indices are NaN (the output does not vary), or null.</param>
public sealed record SensitivityIndex(string Input, double FirstOrder, double Total, string? Reason);

/// <summary>The sensitivity analysis: indices and the design's size.</summary>
/// <param name="Indices">One per input of <see cref="UncertaintyChoices.Inputs"/>.</param>
/// <param name="Runs">N(d + 2) evaluations.</param>
/// <param name="Variance">The variance of the output over the A and B samples.</param>
public sealed record SensitivityResult(IReadOnlyList<SensitivityIndex> Indices, int Runs, double Variance);

/// <summary>
/// Monte Carlo uncertainty and Saltelli sensitivity analysis of a composite indicator's ranks. Random numbers come from
/// <see cref="Random"/> seeded with the given seed (its sequence for a seed is fixed within a .NET version), so a run is
/// reproducible. Within a run the prepared indicators of each (imputation, normalisation) pair are computed once.
/// </summary>
public sealed class UncertaintyAnalysis
{
    /// <summary>Reason: the unit was ranked in no draw.</summary>
    public const string NeverRanked = "NEVER_RANKED";

    /// <summary>Reason: the output is the same in every run of the design, so its variance is zero.</summary>
    public const string NoVariance = "NO_VARIANCE";

    private readonly CompositeHierarchy _hierarchy;
    private readonly CompositeData _data;
    private readonly CompositeSettings _nominal;
    private readonly IReadOnlyDictionary<string, double> _weights;
    private readonly UncertaintyChoices _choices;
    private readonly double[] _nominalRanks;
    private readonly Dictionary<(ImputationKind, Normalisation), PreparedIndicators> _prepared = [];

    /// <summary>An analysis around the nominal result (its weights, derived or not, are the nominal weights).</summary>
    public UncertaintyAnalysis(CompositeHierarchy hierarchy, CompositeData data, CompositeResult nominal, UncertaintyChoices choices)
    {
        _hierarchy = hierarchy;
        _data = data;
        _nominal = nominal.Settings;
        _weights = nominal.Weights;
        _choices = choices;
        _nominalRanks = nominal.Ranks;
    }

    /// <summary>
    /// <paramref name="draws"/> Monte Carlo draws: each draws noisy weights and one alternative of every other choice,
    /// recomputes the index and ranks the units. Each unit's median rank and 5–95 % interval are the quantiles of its
    /// ranks over the draws where it has a rank (R's default quantile type 7, as COINr's get_sensitivity).
    /// </summary>
    public IReadOnlyList<RankInterval> MonteCarlo(int draws, int seed)
    {
        var random = new Random(seed);
        var ranks = Enumerable.Range(0, _data.Units.Count).Select(_ => new List<double>(draws)).ToArray();
        for (var d = 0; d < draws; d++)
        {
            var weights = Noisy(random);
            var x = new[] { 0.0, random.NextDouble(), random.NextDouble(), random.NextDouble() };
            var r = RanksAt(x, weights);
            for (var u = 0; u < r.Length; u++)
                if (double.IsFinite(r[u]))
                    ranks[u].Add(r[u]);
        }
        return
        [
            .. _data.Units.Select(
                (unit, u) =>
                    ranks[u].Count == 0
                        ? new RankInterval(unit, double.NaN, double.NaN, double.NaN, NeverRanked)
                        : new RankInterval(
                            unit,
                            Statistics.QuantileCustom(ranks[u], 0.5, QuantileDefinition.R7),
                            Statistics.QuantileCustom(ranks[u], 0.05, QuantileDefinition.R7),
                            Statistics.QuantileCustom(ranks[u], 0.95, QuantileDefinition.R7),
                            null
                        )
            ),
        ];
    }

    /// <summary>
    /// Variance-based sensitivity of Y = the mean absolute rank shift from the nominal ranking (over units ranked in both),
    /// with the design of Saltelli et al. (2010) as COINr's SA_sample and SA_estimate: matrices A and B of N × d uniform
    /// numbers (d = 4 inputs; pseudo-random here, COINr uses a Sobol sequence), and for each input i the matrix A_B^(i),
    /// A with column i taken from B: N(d + 2) runs. V = the sample variance of Y over A and B;
    /// S_i = mean(y_B·(y_AB(i) − y_A))/V (Saltelli 2010, table 2 (b)) and S_Ti = Σ(y_A − y_AB(i))²/(2NV) (Jansen 1999).
    /// The weights input u selects one of N noisy weight sets drawn in advance (as COINr); a discrete choice u selects
    /// alternative ⌊u·k⌋ of k. An input with one alternative leaves y_AB(i) = y_A exactly, so both indices are 0.
    /// </summary>
    public SensitivityResult Sensitivity(int n, int seed)
    {
        var random = new Random(seed);
        var d = UncertaintyChoices.Inputs.Count;
        var weightSets = Enumerable.Range(0, n).Select(_ => Noisy(random)).ToArray();
        var a = Sample(random, n, d);
        var b = Sample(random, n, d);
        double Y(double[] x) => MeanShift(RanksAt(x, weightSets[Index(x[0], n)]));
        var yA = a.Select(Y).ToArray();
        var yB = b.Select(Y).ToArray();
        var all = yA.Concat(yB).ToArray();
        var variance = all.Variance();
        var indices = new List<SensitivityIndex>();
        for (var i = 0; i < d; i++)
        {
            var yAB = a.Select((row, k) => Y(Mix(row, b[k], i))).ToArray();
            if (!(variance > 0))
            {
                indices.Add(new(UncertaintyChoices.Inputs[i], double.NaN, double.NaN, NoVariance));
                continue;
            }
            var first = Enumerable.Range(0, n).Sum(k => yB[k] * (yAB[k] - yA[k])) / n / variance;
            var total = Enumerable.Range(0, n).Sum(k => (yA[k] - yAB[k]) * (yA[k] - yAB[k])) / (2.0 * n * variance);
            indices.Add(new(UncertaintyChoices.Inputs[i], first, total, null));
        }
        return new(indices, n * (d + 2), variance);
    }

    private static double[][] Sample(Random random, int n, int d) =>
        [.. Enumerable.Range(0, n).Select(_ => Enumerable.Range(0, d).Select(_ => random.NextDouble()).ToArray())];

    private static double[] Mix(double[] a, double[] b, int column)
    {
        var row = (double[])a.Clone();
        row[column] = b[column];
        return row;
    }

    private static int Index(double u, int count) => Math.Min((int)Math.Floor(u * count), count - 1);

    private Dictionary<string, double> Noisy(Random random)
    {
        var noise = _choices.WeightNoise;
        return _weights.ToDictionary(p => p.Key, p => p.Value * (1 + noise * (2 * random.NextDouble() - 1)), StringComparer.Ordinal);
    }

    /// <summary>The index ranks for one point x = (weights, normalisation, aggregation, imputation) of the unit cube.</summary>
    private double[] RanksAt(double[] x, IReadOnlyDictionary<string, double> weights)
    {
        var normalisation = _choices.Normalisations[Index(x[1], _choices.Normalisations.Count)];
        var aggregation = _choices.Aggregations[Index(x[2], _choices.Aggregations.Count)];
        var imputation = _choices.Imputations[Index(x[3], _choices.Imputations.Count)];
        if (!_prepared.TryGetValue((imputation, normalisation), out var prepared))
        {
            prepared = CompositeEngine.Prepare(_hierarchy, _data, imputation, _nominal.Treatment, normalisation);
            _prepared[(imputation, normalisation)] = prepared;
        }
        var settings = _nominal with
        {
            Normalisation = normalisation,
            Aggregation = aggregation,
            Imputation = imputation,
            Weighting = WeightingKind.File,
        };
        return CompositeEngine.Aggregate(_hierarchy, _data.Units, prepared, settings, weights).Ranks;
    }

    private double MeanShift(double[] ranks)
    {
        double sum = 0;
        var count = 0;
        for (var u = 0; u < ranks.Length; u++)
            if (double.IsFinite(ranks[u]) && double.IsFinite(_nominalRanks[u]))
            {
                sum += Math.Abs(ranks[u] - _nominalRanks[u]);
                count++;
            }
        return count == 0 ? double.NaN : sum / count;
    }
}
