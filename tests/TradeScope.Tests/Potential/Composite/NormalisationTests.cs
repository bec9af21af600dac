using TradeScope.Core;
using TradeScope.Potential.Composite;
using Xunit;

namespace TradeScope.Tests.Potential.Composite;

/// <summary>Each normalisation of docs/methods/potential.md#composite-indicator-engine on x = (2, 4, 4, 10), computed by hand.</summary>
public class NormalisationTests
{
    private static readonly double[] X = [2, 4, 4, 10];
    private static readonly CompositeNode Up = new("x", "x", "P", 1, 1);
    private static readonly CompositeNode Down = Up with { Direction = -1 };

    private static void Equal(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
            if (double.IsNaN(expected[i]))
                Assert.True(double.IsNaN(actual[i]), $"[{i}] expected NaN, got {actual[i]}");
            else
                Assert.Equal(expected[i], actual[i], 12);
    }

    private static double[] Run(Normalisation method, CompositeNode? node = null, double[]? x = null, int reference = -1) =>
        Normaliser.Normalise(x ?? X, node ?? Up, method, reference).Values;

    [Fact]
    public void Minmax_maps_the_range_onto_l_u() // (x − 2)/8·100
        => Equal([0, 25, 25, 100], Run(Normalisation.MinMax(0, 100)));

    [Fact]
    public void Minmax_onto_1_100_shifts_and_scales() // (x − 2)/8·99 + 1
        => Equal([1, 25.75, 25.75, 100], Run(Normalisation.MinMax(1, 100)));

    [Fact]
    public void Zscore_uses_the_sample_standard_deviation()
    {
        // mean 5, Σd² = 9 + 1 + 1 + 25 = 36, sd = √(36/3) = √12
        var s = Math.Sqrt(12);
        Equal([-3 / s, -1 / s, -1 / s, 5 / s], Run(Normalisation.ZScore(0, 1)));
        Equal([10 - 6 / s, 10 - 2 / s, 10 - 2 / s, 10 + 10 / s], Run(Normalisation.ZScore(10, 2)));
    }

    [Fact]
    public void Rank_gives_ties_the_lowest_rank() => Equal([1, 2, 2, 4], Run(new Normalisation(NormalisationKind.Rank)));

    [Fact]
    public void Percentile_rank_is_rank_minus_one_over_n_minus_one() =>
        Equal([0, 1.0 / 3, 1.0 / 3, 1], Run(new Normalisation(NormalisationKind.PercentRank)));

    [Fact]
    public void Goalposts_are_truncated_and_scaled_to_100()
    {
        var node = Up with { GoalLow = 3, GoalHigh = 8 };
        // (x − 3)/5 clamped: −0.2 → 0, 0.2, 0.2, 1.4 → 1
        Equal([0, 20, 20, 100], Run(new Normalisation(NormalisationKind.Goalposts), node));
        // direction −1: (8 − x)/5 clamped: 1.2 → 1, 0.8, 0.8, −0.4 → 0
        Equal([100, 80, 80, 0], Run(new Normalisation(NormalisationKind.Goalposts), node with { Direction = -1 }));
    }

    [Fact]
    public void Goalposts_without_posts_is_NaN_with_a_reason()
    {
        var column = Normaliser.Normalise(X, Up, new Normalisation(NormalisationKind.Goalposts));
        Assert.All(column.Values, v => Assert.True(double.IsNaN(v)));
        Assert.Equal(Normaliser.NoGoalposts, column.Reason);
    }

    [Fact]
    public void Distance_to_max_is_one_minus_the_gap_over_the_range() =>
        Equal([0, 0.25, 0.25, 1], Run(new Normalisation(NormalisationKind.DistanceToMax)));

    [Fact]
    public void Distance_to_reference_is_not_capped()
    {
        // reference = unit 1 (x = 4): 1 − (4 − x)/(4 − 2)
        Equal([0, 1, 1, 4], Run(Normalisation.Parse("dist2ref:B"), reference: 1));
    }

    [Fact]
    public void Direction_minus_one_negates_before_normalising()
    {
        // −x = (−2, −4, −4, −10): min −10, max −2 → (−x + 10)/8·100
        Equal([100, 75, 75, 0], Run(Normalisation.MinMax(0, 100), Down));
    }

    [Fact]
    public void Missing_values_stay_missing_and_are_ignored_by_min_and_max() =>
        Equal([0, double.NaN, 100], Run(Normalisation.MinMax(0, 100), x: [2, double.NaN, 10]));

    [Fact]
    public void A_constant_indicator_is_NaN_with_ZERO_RANGE()
    {
        var column = Normaliser.Normalise([3.0, 3, 3], Up, Normalisation.MinMax(0, 100));
        Assert.Equal(Normaliser.ZeroRange, column.Reason);
        Assert.All(column.Values, v => Assert.True(double.IsNaN(v)));
    }

    [Theory]
    [InlineData("minmax", "minmax:0,100")]
    [InlineData("minmax:1,100", "minmax:1,100")]
    [InlineData("zscore", "zscore:0,1")]
    [InlineData("zscore:10,2", "zscore:10,2")]
    [InlineData("rank", "rank")]
    [InlineData("prank", "prank")]
    [InlineData("goalposts", "goalposts")]
    [InlineData("dist2max", "dist2max")]
    public void Parse_reads_every_method(string text, string label) => Assert.Equal(label, Normalisation.Parse(text).Label);

    [Theory]
    [InlineData("minmax:5,1")]
    [InlineData("zscore:0,0")]
    [InlineData("minmax:a,b")]
    [InlineData("box-cox")]
    public void Parse_rejects_bad_methods(string text)
    {
        var e = Assert.Throws<InputException>(() => Normalisation.Parse(text));
        Assert.Equal(CompositeParameters.Normalise, e.Parameter);
    }

    [Fact]
    public void Descending_ranks_put_the_highest_first_and_ties_share_the_best_rank() =>
        Equal([4, 2, 2, 1, double.NaN], Ranks.Descending([2, 4, 4, 10, double.NaN]));
}
