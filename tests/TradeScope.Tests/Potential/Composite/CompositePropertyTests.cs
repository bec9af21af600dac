using FsCheck.Xunit;
using TradeScope.Potential.Composite;

namespace TradeScope.Tests.Potential.Composite;

/// <summary>Properties of the composite engine on random data drawn from FsCheck's seed and size.</summary>
public class CompositePropertyTests
{
    [Property(MaxTest = 100)]
    public bool Raising_a_positive_indicator_never_lowers_the_units_score_under_arithmetic_aggregation(
        int seed,
        byte unitPick,
        byte indicatorPick,
        byte raise
    )
    {
        var hierarchy = CompositeSamples.Pillars(2, 3);
        var values = CompositeSamples.Random(seed, 8, 6, missing: 0.1);
        var data = CompositeSamples.DataFor(hierarchy, values);
        var u = unitPick % 8;
        var k = indicatorPick % 6;
        var raised = values.Select(r => (double[])r.Clone()).ToArray();
        if (!double.IsFinite(raised[u][k]))
            return true;
        raised[u][k] += 0.01 + raise / 10.0;
        foreach (
            var settings in new[]
            {
                CompositeSettings.Default,
                CompositeSettings.Default with
                {
                    Normalisation = Normalisation.ZScore(0, 1),
                },
            }
        )
        {
            var before = CompositeEngine.Compute(hierarchy, data, settings).Index.Values[u];
            var after = CompositeEngine.Compute(hierarchy, CompositeSamples.DataFor(hierarchy, raised), settings).Index.Values[u];
            if (double.IsFinite(before) && !(after >= before - 1e-9))
                return false;
        }
        return true;
    }

    [Property(MaxTest = 100)]
    public bool Equal_weights_with_one_indicator_per_pillar_give_the_mean_of_the_normalised_indicators(int seed, byte pillars)
    {
        var p = 1 + pillars % 6;
        var hierarchy = CompositeSamples.Pillars(p, 1);
        var values = CompositeSamples.Random(seed, 7, p);
        var data = CompositeSamples.DataFor(hierarchy, values);
        var result = CompositeEngine.Compute(hierarchy, data, CompositeSettings.Default with { Weighting = WeightingKind.Equal });
        for (var u = 0; u < 7; u++)
        {
            // min–max 0–100 of each column, computed here directly
            var mean = Enumerable
                .Range(0, p)
                .Average(k =>
                {
                    var column = values.Select(r => r[k]).ToArray();
                    return (column[u] - column.Min()) / (column.Max() - column.Min()) * 100;
                });
            if (Math.Abs(mean - result.Index.Values[u]) > 1e-9)
                return false;
        }
        return true;
    }

    [Property(MaxTest = 100)]
    public bool With_every_indicator_present_imputation_is_a_no_op(int seed)
    {
        var hierarchy = CompositeSamples.Pillars(3, 2);
        var data = CompositeSamples.DataFor(hierarchy, CompositeSamples.Random(seed, 9, 6)) with
        {
            Groups = [.. Enumerable.Range(0, 9).Select(u => (string?)$"g{u % 2}")],
        };
        var none = CompositeEngine.Compute(hierarchy, data, CompositeSettings.Default).Index.Values;
        return new[] { ImputationKind.Mean, ImputationKind.Median, ImputationKind.GroupMean }.All(kind =>
            CompositeEngine.Compute(hierarchy, data, CompositeSettings.Default with { Imputation = kind }).Index.Values.SequenceEqual(none)
        );
    }
}
