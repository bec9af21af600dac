using TradeScope.Potential.Composite;
using Xunit;

namespace TradeScope.Tests.Potential.Composite;

/// <summary>PCA and equal-influence weights, checked against independent computations.</summary>
public class WeightingTests
{
    [Fact]
    public void Pca_loadings_of_two_positively_correlated_children_are_equal()
    {
        // Any 2×2 correlation matrix [[1, r], [r, 1]] with r > 0 has first eigenvector (1, 1)/√2.
        double[][] children =
        [
            [1, 2, 3, 4, 6],
            [2, 1, 4, 3, 9],
        ];
        var w = Weighting.Pca(children, "P");
        Assert.Equal(1 / Math.Sqrt(2), w[0], 10);
        Assert.Equal(1 / Math.Sqrt(2), w[1], 10);
    }

    [Fact]
    public void Pca_loadings_are_the_first_eigenvector_of_the_correlation_matrix_found_by_power_iteration()
    {
        double[][] children =
        [
            [1, 2, 3, 4, 5, 7],
            [2, 1, 4, 3, 6, 5],
            [5, 3, 4, 1, 2, 1],
        ];
        var w = Weighting.Pca(children, "P");
        // Independent: correlation by the textbook formula, then power iteration on R + I (shifted so the largest
        // eigenvalue in absolute value is the largest eigenvalue of R).
        var m = children.Length;
        var r = new double[m, m];
        for (var a = 0; a < m; a++)
            for (var b = 0; b < m; b++)
                r[a, b] = Pearson(children[a], children[b]) + (a == b ? 1 : 0);
        var v = new double[] { 1, 1, 1 };
        for (var it = 0; it < 2000; it++)
        {
            var next = new double[m];
            for (var a = 0; a < m; a++)
                for (var b = 0; b < m; b++)
                    next[a] += r[a, b] * v[b];
            var norm = Math.Sqrt(next.Sum(x => x * x));
            v = [.. next.Select(x => x / norm)];
        }
        if (v.Sum() < 0)
            v = [.. v.Select(x => -x)];
        for (var a = 0; a < m; a++)
            Assert.Equal(v[a], w[a], 8);
        Assert.True(w[2] < 0); // the third child runs against the others: COINr keeps the negative loading
    }

    private static double Pearson(double[] x, double[] y)
    {
        var n = x.Length;
        double mx = x.Average(),
            my = y.Average();
        var cov = Enumerable.Range(0, n).Sum(i => (x[i] - mx) * (y[i] - my));
        return cov / Math.Sqrt(x.Sum(a => (a - mx) * (a - mx)) * y.Sum(b => (b - my) * (b - my)));
    }

    [Fact]
    public void Equal_influence_weights_make_every_child_correlate_equally_with_the_parent()
    {
        var random = new Random(7);
        var common = Enumerable.Range(0, 40).Select(_ => random.NextDouble()).ToArray();
        double[][] children =
        [
            [.. common.Select(c => c + 0.1 * random.NextDouble())],
            [.. common.Select(c => c + 1.0 * random.NextDouble())],
            [.. common.Select(c => 3 * random.NextDouble())],
        ];
        var equal = Weighting.ChildCorrelations(
            children,
            Aggregation.Aggregate(children, [1, 1, 1], AggregationKind.ArithmeticMean).Values
        );
        Assert.True(equal.Max() - equal.Min() > 0.1, "equal weights should give unequal correlations in this example");
        var w = Weighting.EqualInfluence(children, AggregationKind.ArithmeticMean, "P");
        var parent = Aggregation.Aggregate(children, w, AggregationKind.ArithmeticMean).Values;
        var c = Weighting.ChildCorrelations(children, parent);
        Assert.True(c.Max() - c.Min() < 1e-4, $"correlations {string.Join(", ", c)}");
        Assert.Equal(1, w.Sum(), 12);
        // the child that dominated the equally weighted parent (highest correlation) must lose weight the most
        var dominant = Array.IndexOf(equal, equal.Max());
        Assert.Equal(w.Min(), w[dominant]);
    }
}
