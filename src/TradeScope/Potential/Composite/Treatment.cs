using TradeScope.Core;

namespace TradeScope.Potential.Composite;

/// <summary>Outlier treatment, applied only when asked (OECD/JRC Handbook 2008, section 4; COINr's Treat).</summary>
public enum TreatmentKind
{
    /// <summary>No treatment (the default).</summary>
    None,

    /// <summary>COINr's default: Winsorise up to 5 points while the indicator fails the skewness and kurtosis check; if
    /// it still fails, the original values are log-transformed instead (COINr's log_CT).</summary>
    Winsorise,

    /// <summary>Log-transform (COINr's log_CT) every indicator that fails the skewness and kurtosis check.</summary>
    Log,
}

/// <summary>What treatment did to one indicator.</summary>
/// <param name="Values">The treated values (NaN = missing).</param>
/// <param name="Winsorised">The number of points Winsorised (0 when none or when the log fallback replaced them).</param>
/// <param name="Logged">True when the log transform was applied.</param>
/// <param name="Skewness">The skewness before treatment.</param>
/// <param name="Kurtosis">The excess kurtosis before treatment.</param>
public sealed record TreatedColumn(double[] Values, int Winsorised, bool Logged, double Skewness, double Kurtosis);

/// <summary>
/// COINr's outlier rules: an indicator fails when |skewness| ≥ 2 and excess kurtosis ≥ 3.5 (it passes when either is
/// below its threshold); skewness and kurtosis are the bias-corrected sample estimators of Excel's SKEW and KURT
/// (e1071 type 2). Winsorisation replaces the highest value(s) by the next highest when skewness ≥ 0, else the lowest by the next
/// lowest, one step at a time, re-checking after each, up to 5 points (tied extremes count as several points). If the
/// indicator still fails, the log transform ln(x − min + 0.01·(max − min)) is applied to the original values.
/// </summary>
public static class Treatment
{
    /// <summary>COINr's winmax: at most 5 points are Winsorised.</summary>
    public const int WinsoriseMax = 5;

    /// <summary>COINr's skew_thresh.</summary>
    public const double SkewThreshold = 2;

    /// <summary>COINr's kurt_thresh.</summary>
    public const double KurtosisThreshold = 3.5;

    /// <summary>Parses <c>none|winsorise|log</c>.</summary>
    /// <exception cref="InputException">Another value.</exception>
    public static TreatmentKind Parse(string? text) =>
        (text ?? "none").Trim().ToLowerInvariant() switch
        {
            "none" => TreatmentKind.None,
            "winsorise" or "winsorize" => TreatmentKind.Winsorise,
            "log" => TreatmentKind.Log,
            _ => throw InputException.Argument(CompositeParameters.Treat, text, "expected winsorise or log"),
        };

    /// <summary>Sample skewness G1 = √(n(n−1))/(n−2) · m3/m2^1.5 of the present values;
    /// NaN with fewer than 3 or no spread.</summary>
    public static double Skewness(IReadOnlyList<double> x)
    {
        var v = x.Where(double.IsFinite).ToArray();
        var n = v.Length;
        if (n < 3)
            return double.NaN;
        var mean = v.Average();
        var m2 = v.Sum(a => Math.Pow(a - mean, 2)) / n;
        var m3 = v.Sum(a => Math.Pow(a - mean, 3)) / n;
        return m2 == 0 ? double.NaN : Math.Sqrt(n * (n - 1.0)) / (n - 2) * m3 / Math.Pow(m2, 1.5);
    }

    /// <summary>Sample excess kurtosis G2 = ((n+1)(r − 3) + 6)(n−1)/((n−2)(n−3)), r = n·Σd⁴/(Σd²)²;
    /// NaN with fewer than 4.</summary>
    public static double Kurtosis(IReadOnlyList<double> x)
    {
        var v = x.Where(double.IsFinite).ToArray();
        var n = v.Length;
        if (n < 4)
            return double.NaN;
        var mean = v.Average();
        var s2 = v.Sum(a => Math.Pow(a - mean, 2));
        if (s2 == 0)
            return double.NaN;
        var r = n * v.Sum(a => Math.Pow(a - mean, 4)) / (s2 * s2);
        return ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2.0) * (n - 3));
    }

    /// <summary>True when the indicator passes: |skewness| &lt; 2 or kurtosis &lt; 3.5 (or either is undefined).</summary>
    public static bool Passes(IReadOnlyList<double> x)
    {
        var skew = Skewness(x);
        var kurt = Kurtosis(x);
        return !double.IsFinite(skew) || !double.IsFinite(kurt) || Math.Abs(skew) < SkewThreshold || kurt < KurtosisThreshold;
    }

    /// <summary>Treats one column by <paramref name="kind"/> (see the class remarks).</summary>
    public static TreatedColumn Apply(IReadOnlyList<double> x, TreatmentKind kind)
    {
        var skew = Skewness(x);
        var kurt = Kurtosis(x);
        var original = x.ToArray();
        if (kind == TreatmentKind.None || Passes(original))
            return new(original, 0, false, skew, kurt);
        if (kind == TreatmentKind.Log)
            return new(LogTransform(original), 0, true, skew, kurt);
        var (winsorised, count) = Winsorise(original);
        return Passes(winsorised) ? new(winsorised, count, false, skew, kurt) : new(LogTransform(original), 0, true, skew, kurt);
    }

    /// <summary>Winsorises while the column fails and fewer than <see cref="WinsoriseMax"/> points were changed; returns
    /// the values and the number of points changed.</summary>
    public static (double[] Values, int Count) Winsorise(IReadOnlyList<double> x)
    {
        var v = x.ToArray();
        var count = 0;
        while (!Passes(v) && count < WinsoriseMax)
        {
            var present = v.Where(double.IsFinite).ToArray();
            var high = Skewness(v) >= 0;
            var extreme = high ? present.Max() : present.Min();
            var others = present.Where(a => a != extreme).ToArray();
            if (others.Length == 0)
                break;
            var next = high ? others.Max() : others.Min();
            for (var i = 0; i < v.Length; i++)
                if (v[i] == extreme)
                {
                    v[i] = next;
                    count++;
                }
        }
        return (v, count);
    }

    /// <summary>COINr's log_CT: ln(x − min + 0.01·(max − min)); missing values stay missing.</summary>
    public static double[] LogTransform(IReadOnlyList<double> x)
    {
        var present = x.Where(double.IsFinite).ToArray();
        var min = present.Min();
        var max = present.Max();
        return [.. x.Select(v => double.IsFinite(v) ? Math.Log(v - min + 0.01 * (max - min)) : double.NaN)];
    }
}
