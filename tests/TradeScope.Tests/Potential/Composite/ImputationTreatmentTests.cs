using TradeScope.Potential.Composite;
using Xunit;

namespace TradeScope.Tests.Potential.Composite;

/// <summary>Imputation and outlier treatment (COINr conventions), against values computed by hand or by an independent
/// formula.</summary>
public class ImputationTreatmentTests
{
    private static readonly double[] X = [1, double.NaN, 3, 10];
    private static readonly string?[] Groups = ["g1", "g1", "g2", "g2"];

    [Fact]
    public void Mean_imputation_fills_the_column_mean() =>
        Assert.Equal([1, 14.0 / 3, 3, 10], Imputation.Column(X, ImputationKind.Mean, Groups));

    [Fact]
    public void Median_imputation_fills_the_column_median() =>
        Assert.Equal([1.0, 3, 3, 10], Imputation.Column(X, ImputationKind.Median, Groups));

    [Fact]
    public void Group_mean_imputation_fills_the_mean_of_the_units_group()
    {
        Assert.Equal([1.0, 1, 3, 10], Imputation.Column(X, ImputationKind.GroupMean, Groups));
        // a group without any value, and a unit without a group, stay missing
        var filled = Imputation.Column([double.NaN, double.NaN, 5], ImputationKind.GroupMean, ["g3", null, "g1"]);
        Assert.True(double.IsNaN(filled[0]));
        Assert.True(double.IsNaN(filled[1]));
    }

    [Fact]
    public void No_imputation_leaves_missing_values()
    {
        var y = Imputation.Column(X, ImputationKind.None, Groups);
        Assert.True(double.IsNaN(y[1]));
    }

    [Fact]
    public void Median_of_an_even_count_is_the_mean_of_the_middle_two() => Assert.Equal(2.5, Imputation.Median([4, 1, 2, 3]));

    [Fact]
    public void Skewness_and_kurtosis_are_Excels_SKEW_and_KURT()
    {
        // x = 1, 2, 3, 4, 10: mean 4, d = −3, −2, −1, 0, 6, Σd² = 50, Σd³ = 180, Σd⁴ = 1394, s² = 12.5.
        // SKEW = n/((n−1)(n−2))·Σ(d/s)³ ; KURT = n(n+1)/((n−1)(n−2)(n−3))·Σ(d/s)⁴ − 3(n−1)²/((n−2)(n−3))
        double[] x = [1, 2, 3, 4, 10];
        var s = Math.Sqrt(12.5);
        Assert.Equal(5.0 / 12 * 180 / Math.Pow(s, 3), Treatment.Skewness(x), 12);
        Assert.Equal(30.0 / 24 * 1394 / Math.Pow(s, 4) - 3.0 * 16 / 6, Treatment.Kurtosis(x), 12);
    }

    [Fact]
    public void Winsorisation_stops_as_soon_as_the_indicator_passes()
    {
        // COINr's example: 1..10, 30, 100 has skewness 3.06 and kurtosis 9.74 (fails); replacing 100 by 30 gives
        // skewness 1.71 < 2, so one point is Winsorised.
        double[] x = [.. Enumerable.Range(1, 10).Select(i => (double)i), 30, 100];
        Assert.False(Treatment.Passes(x));
        var treated = Treatment.Apply(x, TreatmentKind.Winsorise);
        Assert.Equal(1, treated.Winsorised);
        Assert.False(treated.Logged);
        Assert.Equal([.. Enumerable.Range(1, 10).Select(i => (double)i), 30, 30], treated.Values);
    }

    [Fact]
    public void Winsorisation_of_tied_extremes_changes_both_and_negative_skew_treats_the_low_end()
    {
        double[] ties = [.. Enumerable.Range(1, 20).Select(i => (double)i), 500, 500];
        var treated = Treatment.Apply(ties, TreatmentKind.Winsorise);
        Assert.Equal(2, treated.Winsorised);
        Assert.Equal(20, treated.Values[^1]);
        double[] low = [.. Enumerable.Range(1, 10).Select(i => -(double)i), -30, -100];
        Assert.Equal(-30, Treatment.Apply(low, TreatmentKind.Winsorise).Values[^1]);
    }

    [Fact]
    public void After_five_points_the_original_values_are_log_transformed()
    {
        // 1..30 and 10^3..10^9: still failing after Winsorising 1 + 2 + 3 points, so log_CT of the original
        double[] x = [.. Enumerable.Range(1, 30).Select(i => (double)i), .. Enumerable.Range(3, 7).Select(k => Math.Pow(10, k))];
        var treated = Treatment.Apply(x, TreatmentKind.Winsorise);
        Assert.True(treated.Logged);
        Assert.Equal(0, treated.Winsorised);
        var a = 0.01 * (1e9 - 1);
        Assert.Equal(Math.Log(1 - 1 + a), treated.Values[0], 12);
        Assert.Equal(Math.Log(1e9 - 1 + a), treated.Values[^1], 12);
    }

    [Fact]
    public void A_passing_indicator_is_left_alone()
    {
        double[] x = [1, 2, 3, 4, 5, 6];
        Assert.Equal(x, Treatment.Apply(x, TreatmentKind.Winsorise).Values);
        Assert.Equal(x, Treatment.Apply(x, TreatmentKind.Log).Values);
    }
}
