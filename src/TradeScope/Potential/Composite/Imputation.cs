using TradeScope.Core;

namespace TradeScope.Potential.Composite;

/// <summary>How missing indicator values are handled (OECD/JRC Handbook 2008, section 3; COINr's Impute).</summary>
public enum ImputationKind
{
    /// <summary>No imputation: each aggregate is computed over the children that have a value, their weights re-scaled
    /// to sum to one (COINr's a_amean, a_gmean, a_hmean skip NA). The default.</summary>
    None,

    /// <summary>The indicator's mean over the units that have it (COINr i_mean).</summary>
    Mean,

    /// <summary>The indicator's median over the units that have it (COINr i_median).</summary>
    Median,

    /// <summary>The indicator's mean over the units of the same group (COINr i_mean_grp); a unit without a group, or
    /// whose group has no value, stays missing.</summary>
    GroupMean,
}

/// <summary>Imputation of raw indicator values, column by column, before treatment and normalisation (COINr's order).</summary>
public static class Imputation
{
    /// <summary>Parses <c>none|mean|median|group-mean</c>.</summary>
    /// <exception cref="InputException">Another value.</exception>
    public static ImputationKind Parse(string? text) =>
        (text ?? "none").Trim().ToLowerInvariant() switch
        {
            "none" => ImputationKind.None,
            "mean" => ImputationKind.Mean,
            "median" => ImputationKind.Median,
            "group-mean" => ImputationKind.GroupMean,
            _ => throw InputException.Argument(CompositeParameters.Impute, text, "expected none, mean, median or group-mean"),
        };

    /// <summary>The label as written on the command line.</summary>
    public static string Label(ImputationKind kind) =>
        kind switch
        {
            ImputationKind.None => "none",
            ImputationKind.Mean => "mean",
            ImputationKind.Median => "median",
            _ => "group-mean",
        };

    /// <summary>One column with its missing values filled by <paramref name="kind"/>; present values are never changed.</summary>
    /// <param name="x">The column (NaN = missing).</param>
    /// <param name="kind">The method.</param>
    /// <param name="groups">Each unit's group (group mean only), null for none.</param>
    public static double[] Column(IReadOnlyList<double> x, ImputationKind kind, IReadOnlyList<string?> groups)
    {
        if (kind == ImputationKind.None)
            return [.. x];
        if (kind == ImputationKind.GroupMean)
        {
            var means = Enumerable
                .Range(0, x.Count)
                .Where(i => groups[i] is not null && double.IsFinite(x[i]))
                .GroupBy(i => groups[i]!, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Average(i => x[i]), StringComparer.Ordinal);
            return
            [
                .. x.Select(
                    (v, i) =>
                        double.IsFinite(v) ? v
                        : groups[i] is { } g && means.TryGetValue(g, out var m) ? m
                        : double.NaN
                ),
            ];
        }
        var present = x.Where(double.IsFinite).ToArray();
        var fill =
            present.Length == 0 ? double.NaN
            : kind == ImputationKind.Mean ? present.Average()
            : Median(present);
        return [.. x.Select(v => double.IsFinite(v) ? v : fill)];
    }

    /// <summary>The median (mean of the two middle values for an even count), as R's median.</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        return n == 0 ? double.NaN
            : n % 2 == 1 ? sorted[n / 2]
            : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
