using TradeScope.Core;

namespace TradeScope.Econometrics;

/// <summary>
/// <c>cluster:VAR[,VAR2]</c>: cluster-robust covariance, one-way (Liang and Zeger 1986) or two-way
/// V_A + V_B − V_{A∩B} (Cameron, Gelbach and Miller 2011); a variable may be an interaction <c>a^b</c>. Small-sample
/// factor G/(G−1)·(n−1)/(n−K) with K counting fixed effects as <see cref="SmallSample.FixedEffectsK"/> (fixest
/// <c>ssc()</c> by default). t statistics on G_min − 1 degrees of freedom (PPML: z).
/// </summary>
/// <remarks>Reference: Liang and Zeger (1986), Biometrika 73(1); Arellano (1987), Oxford Bulletin 49(4); two-way: Cameron, Gelbach and
/// Miller
/// (2011), JBES 29(2), eq. 2.11 (docs/methods/econometrics.md#cluster, #multiway).</remarks>
internal sealed class VcovCluster() : VcovKind("cluster", [], VcovNeeds.ClusterVariables)
{
    public override string Arguments => "VAR[,VAR2]";

    public override Bilingual Label(IReadOnlyList<string> clusters) =>
        clusters.Count == 2
            ? new($"Two-way clustered ({clusters[0]}, " +
                $"" + $"{clusters[1]})", $"двусторонняя кластеризация ({clusters[0]}, {clusters[1]})")
            : new($"Clustered ({string.Join(", ", clusters)})", $"кластеризованные ({string.Join(", ", clusters)})");

    private protected override VcovSpec Create(string text, string arguments)
    {
        var vars = arguments.Split(',', StringSplitOptions.TrimEntries);
        if (vars.Length is < 1 or > 2 || vars.Any(v => v.Length == 0))
            throw InputException.Argument(
                EconometricsParameters.Vcov,
                text,
                "give one or two cluster columns: cluster:VAR or cluster:VAR1,VAR2"
            );
        return VcovSpec.Cluster(vars);
    }

    internal override (double[] V, VcovInfo Info) Compute(FitState s, VcovSpec spec)
    {
        var n = s.Frame.N;
        var small = spec.SmallSample;
        var codes = spec.Clusters.Select(c => s.Frame.ClusterCodes(c.Split('^', StringSplitOptions.TrimEntries))).ToList();
        var counts = codes.Select(c => c.Length == 0 ? 0 : c.Max() + 1).ToList();
        var kAdj = KForCluster(s, small.FixedEffectsK, codes);
        var nAdj = small.Adjust ? (n - kAdj > 0 ? (n - 1.0) / (n - kAdj) : double.NaN) : 1.0;
        double G(int g) => small.ClusterAdjust ? g / (g - 1.0) : 1.0;
        double[] v;
        string formula;
        double adjustment;
        if (codes.Count == 1)
        {
            adjustment = G(counts[0]) * nAdj;
            v = Variance.Sandwich(s, Variance.Meat(s, s.ScoreResidual, codes[0]), adjustment);
            formula =
                $"{(small.ClusterAdjust ? $"G/(G−1) = {counts[0]}/{counts[0] - 1}" : "")}"
                + $"{(small.Adjust ? $"{(small.ClusterAdjust ? " × " : "")}(n−1)/(n−K) = {n - 1}/{n - kAdj}" : "")}";
        }
        else
        {
            var both = Intersect(codes[0], codes[1]);
            counts.Add(both.Levels);
            var gMin = Math.Min(counts[0], counts[1]);
            double Term(int j) => small.MinClusterCount ? G(gMin) : G(counts[j]);
            var ma = Variance.Meat(s, s.ScoreResidual, codes[0]);
            var mb = Variance.Meat(s, s.ScoreResidual, codes[1]);
            var mab = Variance.Meat(s, s.ScoreResidual, both.Codes);
            var meat = new double[ma.Length];
            for (var i = 0; i < meat.Length; i++)
                meat[i] = Term(0) * ma[i] + Term(1) * mb[i] - Term(2) * mab[i];
            v = Variance.Sandwich(s, meat, nAdj);
            adjustment = Term(0) * nAdj;
            formula =
                (small.MinClusterCount ? $"each term × G_min/(G_min−1) = {gMin}/{gMin - 1}" : "each term × its own G/(G−1)")
                + (small.Adjust ? $", × (n−1)/(n−K) = {n - 1}/{n - kAdj}" : "");
        }
        var df = s.Poisson ? double.PositiveInfinity : Math.Min(counts[0], codes.Count == 2 ? counts[1] : int.MaxValue) - 1.0;
        return (v, new VcovInfo(spec, adjustment, formula, kAdj, counts, df));
    }

    /// <summary>Codes of the intersection A∩B (one group per observed pair) and its number of groups.</summary>
    private static (int[] Codes, int Levels) Intersect(int[] a, int[] b)
    {
        var map = new Dictionary<long, int>();
        var codes = new int[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            var key = ((long)a[i] << 32) | (uint)b[i];
            if (!map.TryGetValue(key, out var c))
            {
                c = map.Count;
                map.Add(key, c);
            }
            codes[i] = c;
        }
        return (codes, map.Count);
    }

    /// <summary>K of the cluster adjustment: regressors plus fixed-effect coefficients per <paramref name="rule"/>.</summary>
    private static int KForCluster(FitState s, FixedEffectsInK rule, List<int[]> clusters)
    {
        var fe = s.Frame.FixedEffects;
        switch (rule)
        {
            case FixedEffectsInK.None:
                return s.K;
            case FixedEffectsInK.Full:
                return s.KFull;
            default:
                var nested = 0;
                for (var f = 0; f < fe.Count; f++)
                    if (clusters.Any(c => fe.IsNestedIn(f, c)))
                        nested += fe.Levels[f] - 1;
                return s.KFull - nested;
        }
    }
}
