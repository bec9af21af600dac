namespace TradeScope.Econometrics;

/// <summary>Integer codes 0..L_f−1 of each fixed-effect dimension on the estimation sample.</summary>
internal sealed class FixedEffectsIndex
{
    public int[][] Codes { get; }
    public int[] Levels { get; }
    public string[] Names { get; }
    public int Count => Codes.Length;
    public int N { get; }

    public FixedEffectsIndex(string[] names, int[][] codes, int n)
    {
        Names = names;
        N = n;
        Codes = new int[codes.Length][];
        Levels = new int[codes.Length];
        for (var f = 0; f < codes.Length; f++)
            (Codes[f], Levels[f]) = Compact(codes[f]);
    }

    /// <summary>Renumbers codes to 0..L−1 in order of first appearance.</summary>
    public static (int[] Codes, int Levels) Compact(int[] raw)
    {
        var map = new Dictionary<int, int>();
        var result = new int[raw.Length];
        for (var i = 0; i < raw.Length; i++)
        {
            if (!map.TryGetValue(raw[i], out var c))
            {
                c = map.Count;
                map.Add(raw[i], c);
            }
            result[i] = c;
        }
        return (result, map.Count);
    }

    /// <summary>The rows <paramref name="keep"/> only (levels renumbered, empty levels gone).</summary>
    public FixedEffectsIndex Subset(int[] keep) => new(Names, Codes.Select(c => keep.Select(i => c[i]).ToArray()).ToArray(), keep.Length);

    /// <summary>
    /// Number of fixed-effect coefficients that are identified (fixest's count for the small-sample K):
    /// one dimension: L₁; two: L₁ + L₂ − (connected components of the bipartite level graph, exact);
    /// three or more: Σ L_f − (F − 1) (fixest's approximation: one reference per extra dimension).
    /// </summary>
    public int Parameters()
    {
        if (Count == 0)
            return 0;
        if (Count == 1)
            return Levels[0];
        if (Count == 2)
            return Levels[0] + Levels[1] - ConnectedComponents(Codes[0], Levels[0], Codes[1], Levels[1]);
        return Levels.Sum() - (Count - 1);
    }

    /// <summary>True when every level of dimension <paramref name="f"/> lies inside one cluster (fixest "nested").</summary>
    public bool IsNestedIn(int f, int[] clusterCodes)
    {
        var owner = new int[Levels[f]];
        Array.Fill(owner, -1);
        var codes = Codes[f];
        for (var i = 0; i < codes.Length; i++)
        {
            if (owner[codes[i]] == -1)
                owner[codes[i]] = clusterCodes[i];
            else if (owner[codes[i]] != clusterCodes[i])
                return false;
        }
        return true;
    }

    private static int ConnectedComponents(int[] a, int la, int[] b, int lb)
    {
        var parent = Enumerable.Range(0, la + lb).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }
        for (var i = 0; i < a.Length; i++)
        {
            var p = Find(a[i]);
            var q = Find(la + b[i]);
            if (p != q)
                parent[p] = q;
        }
        var roots = 0;
        for (var x = 0; x < la + lb; x++)
            if (Find(x) == x)
                roots++;
        return roots;
    }
}

/// <summary>
/// Weighted within transformation by alternating projections (method of alternating projections, Gaure 2013)
/// with Irons–Tuck acceleration (Berge 2018, fixest): r ← r − Σ_f weighted group mean of r over dimension f,
/// repeated until the largest change is below tol·max(1, max|x|).
/// </summary>
/// <remarks>Reference: Guimarães and Portugal (2010), Stata Journal 10(4); Gaure (2013), "OLS with multiple high dimensional category
/// variables", CSDA 66 (docs/methods/econometrics.md#fixed-effects, #fe-count).</remarks>
internal sealed class Demeaner
{
    private readonly FixedEffectsIndex _fe;
    private readonly double[]? _weights;
    private readonly double[][] _inverseGroupWeight;

    public Demeaner(FixedEffectsIndex fe, double[]? weights)
    {
        _fe = fe;
        _weights = weights;
        _inverseGroupWeight = new double[fe.Count][];
        for (var f = 0; f < fe.Count; f++)
        {
            var sums = new double[fe.Levels[f]];
            var codes = fe.Codes[f];
            for (var i = 0; i < codes.Length; i++)
                sums[codes[i]] += weights?[i] ?? 1.0;
            for (var g = 0; g < sums.Length; g++)
                sums[g] = sums[g] > 0 ? 1.0 / sums[g] : 0.0;
            _inverseGroupWeight[f] = sums;
        }
    }

    /// <summary>Demeans each column in parallel. <paramref name="start"/>[j], when given, is a warm start: any vector
    /// equal to x minus some fixed-effect combination (e.g. the previous iteration's demeaned column). Returns the
    /// largest number of sweeps used.</summary>
    /// <exception cref="Core.NumericalException">No convergence within <paramref name="maxSweeps"/>.</exception>
    public int Demean(double[][] columns, double[][] output, double[]?[]? start, double tol, int maxSweeps)
    {
        var sweeps = new int[columns.Length];
        Parallel.For(
            0,
            columns.Length,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount },
            j =>
            {
                sweeps[j] = DemeanOne(columns[j], output[j], start?[j], tol, maxSweeps);
            }
        );
        return sweeps.Length == 0 ? 0 : sweeps.Max();
    }

    private int DemeanOne(double[] x, double[] r, double[]? start, double tol, int maxSweeps)
    {
        var n = x.Length;
        (start ?? x).AsSpan().CopyTo(r);
        if (_fe.Count == 0)
            return 0;
        var sums = _fe.Levels.Select(l => new double[l]).ToArray();
        if (_fe.Count == 1)
        {
            Sweep(r, sums);
            return 1;
        }
        var scale = 1.0;
        for (var i = 0; i < n; i++)
            scale = Math.Max(scale, Math.Abs(x[i]));
        var threshold = tol * scale;
        var gx = new double[n];
        var ggx = new double[n];
        var sweepsUsed = 0;
        while (sweepsUsed < maxSweeps)
        {
            r.AsSpan().CopyTo(gx);
            Sweep(gx, sums);
            gx.AsSpan().CopyTo(ggx);
            Sweep(ggx, sums);
            sweepsUsed += 2;
            double maxStep = 0,
                num = 0,
                den = 0;
            for (var i = 0; i < n; i++)
            {
                var d = ggx[i] - gx[i];
                maxStep = Math.Max(maxStep, Math.Abs(d));
                var d2 = d - gx[i] + r[i];
                num += d * d2;
                den += d2 * d2;
            }
            if (maxStep <= threshold)
            {
                ggx.AsSpan().CopyTo(r);
                return sweepsUsed;
            }
            // Irons–Tuck: X ← GGX − (<ΔGX, Δ²X>/<Δ²X, Δ²X>)·ΔGX (stays in x + span(D): an affine combination).
            var coef = den > 0 ? num / den : 0.0;
            for (var i = 0; i < n; i++)
                r[i] = ggx[i] - coef * (ggx[i] - gx[i]);
        }
        throw new Core.NumericalException(
            $"demeaning on {_fe.Count} fixed effects did not converge in {maxSweeps} sweeps (tolerance {tol:g3})"
        );
    }

    private void Sweep(double[] r, double[][] sums)
    {
        var w = _weights;
        for (var f = 0; f < _fe.Count; f++)
        {
            var codes = _fe.Codes[f];
            var s = sums[f];
            Array.Clear(s);
            if (w is null)
                for (var i = 0; i < r.Length; i++)
                    s[codes[i]] += r[i];
            else
                for (var i = 0; i < r.Length; i++)
                    s[codes[i]] += w[i] * r[i];
            var inv = _inverseGroupWeight[f];
            for (var g = 0; g < s.Length; g++)
                s[g] *= inv[g];
            for (var i = 0; i < r.Length; i++)
                r[i] -= s[codes[i]];
        }
    }
}
