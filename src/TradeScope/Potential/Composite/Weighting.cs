using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using TradeScope.Core;

namespace TradeScope.Potential.Composite;

/// <summary>Where the weights come from (OECD/JRC Handbook 2008, section 6; COINr's weights, get_PCA, get_opt_weights).</summary>
public enum WeightingKind
{
    /// <summary>The weights of the metadata (COINr's "Original" weights). The default.</summary>
    Meta,

    /// <summary>Equal weights within every parent.</summary>
    Equal,

    /// <summary>Each aggregate's children weighted by the loadings of the first principal component of their scores.</summary>
    Pca,

    /// <summary>Weights optimised so that every child correlates equally with its parent (COINr get_opt_weights, itarg =
    /// "equal").</summary>
    EqualInfluence,

    /// <summary>Weights from a user file (code, weight), over the metadata weights.</summary>
    File,
}

/// <summary>Weights derived from the children's scores of one aggregate.</summary>
public static class Weighting
{
    /// <summary>Parses <c>meta|equal|pca|equal-influence</c>; any other text is taken as a file (null kind).</summary>
    public static WeightingKind? Parse(string? text) =>
        (text ?? "meta").Trim().ToLowerInvariant() switch
        {
            "meta" => WeightingKind.Meta,
            "equal" => WeightingKind.Equal,
            "pca" => WeightingKind.Pca,
            "equal-influence" => WeightingKind.EqualInfluence,
            _ => null,
        };

    /// <summary>The label as written on the command line.</summary>
    public static string Label(WeightingKind kind) =>
        kind switch
        {
            WeightingKind.Meta => "meta",
            WeightingKind.Equal => "equal",
            WeightingKind.Pca => "pca",
            WeightingKind.EqualInfluence => "equal-influence",
            _ => "file",
        };

    /// <summary>
    /// PCA weights as COINr's get_PCA: the units with every child present (na.omit), each child standardised (prcomp with
    /// center and scale, i.e. the eigen decomposition of the correlation matrix), and the weights are the loadings of the
    /// first principal component (the unit-length eigenvector of the largest eigenvalue). The sign of an eigenvector is
    /// arbitrary; TradeScope fixes it so that the loadings sum to a positive number. A loading may still be negative (the
    /// child runs against the first component) and is kept as COINr keeps it.
    /// </summary>
    /// <exception cref="NumericalException">Fewer than two complete units, or a child without variance over them.</exception>
    public static double[] Pca(IReadOnlyList<double[]> children, string node)
    {
        var m = children.Count;
        if (m == 1)
            return [1.0];
        var units = children[0].Length;
        var complete = Enumerable.Range(0, units).Where(u => children.All(c => double.IsFinite(c[u]))).ToArray();
        if (complete.Length < 2)
            throw new NumericalException($"PCA weights of '{node}': fewer than two units have every child; impute or choose other weights");
        var correlation = Matrix<double>.Build.Dense(m, m, (a, b) => Correlation(children[a], children[b], complete));
        if (Enumerable.Range(0, m).Any(a => !double.IsFinite(correlation[a, a])))
            throw new NumericalException($"PCA weights of '{node}': a child has no variance over the complete units");
        var evd = correlation.Evd(Symmetricity.Symmetric);
        var eigenvalues = evd.EigenValues.Select(z => z.Real).ToArray();
        var top = Array.IndexOf(eigenvalues, eigenvalues.Max());
        var loadings = evd.EigenVectors.Column(top).ToArray();
        var norm = Math.Sqrt(loadings.Sum(v => v * v));
        var sign = loadings.Sum() < 0 ? -1 : 1;
        return [.. loadings.Select(v => sign * v / norm)];
    }

    /// <summary>Pearson correlation over the given units.</summary>
    public static double Correlation(double[] x, double[] y, IReadOnlyList<int> units)
    {
        var n = units.Count;
        if (n < 2)
            return double.NaN;
        double mx = 0,
            my = 0;
        foreach (var u in units)
        {
            mx += x[u];
            my += y[u];
        }
        mx /= n;
        my /= n;
        double sxy = 0,
            sxx = 0,
            syy = 0;
        foreach (var u in units)
        {
            sxy += (x[u] - mx) * (y[u] - my);
            sxx += (x[u] - mx) * (x[u] - mx);
            syy += (y[u] - my) * (y[u] - my);
        }
        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>The Pearson correlation of each child with the aggregate, over the units where both have a value.</summary>
    public static double[] ChildCorrelations(IReadOnlyList<double[]> children, double[] parent) =>
        [
            .. children.Select(c =>
                Correlation(
                    c,
                    parent,
                    [.. Enumerable.Range(0, parent.Length).Where(u => double.IsFinite(c[u]) && double.IsFinite(parent[u]))]
                )
            ),
        ];

    /// <summary>
    /// Equal-influence weights, COINr's get_opt_weights with optype = "balance" and itarg = "equal": minimise the mean
    /// squared difference between each child's share of the correlations c_k/Σc (c_k the Pearson correlation of child k
    /// with the aggregate) and 1/m, by Nelder–Mead from equal weights (as COINr's optim). The weights are kept positive
    /// and summing to one by optimising w = softmax(θ). COINr minimises the log of the same quantity, which has the same minimum.
    /// </summary>
    /// <exception cref="NumericalException">The optimiser does not converge.</exception>
    public static double[] EqualInfluence(IReadOnlyList<double[]> children, AggregationKind aggregation, string node)
    {
        var m = children.Count;
        if (m == 1)
            return [1.0];
        double Objective(Vector<double> theta)
        {
            var w = Softmax(theta);
            var parent = Aggregation.Aggregate(children, w, aggregation).Values;
            var c = ChildCorrelations(children, parent);
            var sum = c.Sum();
            if (!double.IsFinite(sum) || sum == 0)
                return 1e6;
            return c.Sum(v => Math.Pow(v / sum - 1.0 / m, 2)) / m;
        }
        var solver = new NelderMeadSimplex(1e-14, 20000);
        try
        {
            var result = solver.FindMinimum(
                ObjectiveFunction.Value(Objective),
                Vector<double>.Build.Dense(m),
                Vector<double>.Build.Dense(m, 0.5)
            );
            return Softmax(result.MinimizingPoint);
        }
        catch (Exception e) when (e.GetType().Namespace?.StartsWith("MathNet", StringComparison.Ordinal) == true)
        {
            throw new NumericalException($"equal-influence weights of '{node}' did not converge ({e.Message}); use other weights");
        }
    }

    private static double[] Softmax(Vector<double> theta)
    {
        var max = theta.Maximum();
        var e = theta.Select(t => Math.Exp(t - max)).ToArray();
        var sum = e.Sum();
        return [.. e.Select(v => v / sum)];
    }
}
