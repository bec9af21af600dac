using TradeScope.Potential.Composite;
using Xunit;

namespace TradeScope.Tests.Potential.Composite;

/// <summary>Aggregation rules of docs/methods/potential.md#composite-indicator-engine, computed by hand.</summary>
public class AggregationTests
{
    // Two children a = (1, 4), b = (4, 1) of two units, weights 1 and 3.
    private static readonly double[][] Children =
    [
        [1, 4],
        [4, 1],
    ];
    private static readonly double[] Weights = [1, 3];

    [Fact]
    public void Arithmetic_mean_is_the_weighted_mean()
    {
        var y = Aggregation.Aggregate(Children, Weights, AggregationKind.ArithmeticMean).Values;
        Assert.Equal((1 * 1 + 3 * 4) / 4.0, y[0], 12);
        Assert.Equal((1 * 4 + 3 * 1) / 4.0, y[1], 12);
    }

    [Fact]
    public void Geometric_mean_is_the_weighted_product()
    {
        var y = Aggregation.Aggregate(Children, Weights, AggregationKind.GeometricMean).Values;
        Assert.Equal(Math.Pow(4, 0.75), y[0], 12); // 1^(1/4)·4^(3/4)
        Assert.Equal(Math.Pow(4, 0.25), y[1], 12);
    }

    [Fact]
    public void Harmonic_mean_is_the_weight_over_the_weighted_reciprocals()
    {
        var y = Aggregation.Aggregate(Children, Weights, AggregationKind.HarmonicMean).Values;
        Assert.Equal(4 / (1 / 1.0 + 3 / 4.0), y[0], 12);
        Assert.Equal(4 / (1 / 4.0 + 3 / 1.0), y[1], 12);
    }

    [Fact]
    public void A_missing_child_is_skipped_and_the_weights_re_scaled()
    {
        double[][] children =
        [
            [double.NaN, 2],
            [4, 6],
        ];
        var y = Aggregation.Aggregate(children, Weights, AggregationKind.ArithmeticMean);
        Assert.Equal(4, y.Values[0], 12); // only b: w̃ = 1
        Assert.Equal((2 + 3 * 6) / 4.0, y.Values[1], 12);
        var none = Aggregation.Aggregate(
            [
                [double.NaN],
                [double.NaN],
            ],
            Weights,
            AggregationKind.ArithmeticMean
        );
        Assert.True(double.IsNaN(none.Values[0]));
        Assert.Equal(Aggregation.NoData, none.Reasons[0]);
    }

    [Fact]
    public void Geometric_and_harmonic_means_of_a_zero_are_NaN_with_a_reason()
    {
        double[][] children =
        [
            [0],
            [2],
        ];
        Assert.Equal(Aggregation.NonPositive, Aggregation.Aggregate(children, Weights, AggregationKind.GeometricMean).Reasons[0]);
        Assert.Equal(Aggregation.ZeroValue, Aggregation.Aggregate(children, Weights, AggregationKind.HarmonicMean).Reasons[0]);
    }

    [Fact]
    public void Copeland_counts_net_pairwise_majority_wins()
    {
        // Units A, B, C on three indicators with weights 2, 1, 1 (w̃ = .5, .25, .25):
        //   i1: A 3, B 2, C 1;  i2: A 1, B 3, C 2;  i3: A 2, B 1, C 3.
        // A vs B: A wins i1 + i3 = .75 → A beats B.  B vs C: B wins i1 + i2 = .75 → B beats C.
        // A vs C: A wins i1 = .5, C wins i2 + i3 = .5 → tie.  Copeland: A = 1 + 0, B = −1 + 1, C = 0 − 1.
        double[][] children =
        [
            [3, 2, 1],
            [1, 3, 2],
            [2, 1, 3],
        ];
        var y = Aggregation.Aggregate(children, [2, 1, 1], AggregationKind.Copeland).Values;
        Assert.Equal([1.0, 0, -1], y);
        var e = Aggregation.Outranking(children, [2, 1, 1]);
        Assert.Equal(0.75, e[0, 1], 12);
        Assert.Equal(0.5, e[0, 2], 12);
    }

    [Fact]
    public void Copeland_counts_a_tied_indicator_half_for_each_unit()
    {
        // i1: A 1, B 1 (tie, ½ each); i2: A 2, B 1 → e_AB = (.5·½ + .5)/1 = .75 > e_BA = .25
        double[][] children =
        [
            [1, 1],
            [2, 1],
        ];
        Assert.Equal([1.0, -1], Aggregation.Aggregate(children, [1, 1], AggregationKind.Copeland).Values);
        Assert.Equal(0.75, Aggregation.Outranking(children, [1, 1])[0, 1], 12);
    }
}
