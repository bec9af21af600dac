using TradeScope.Core;
using TradeScope.Potential.Composite;
using Xunit;

namespace TradeScope.Tests.Potential.Composite;

/// <summary>The whole pipeline on a three-unit example computed by hand (docs/methods/potential.md#composite-indicator-engine).</summary>
public class CompositeEngineTests
{
    [Fact]
    public void Scores_ranks_and_contributions_of_the_two_pillar_example()
    {
        // min–max 0–100: i1 = (0, 50, 100), i2 = (0, 50, 100), i3 negated (−30, −20, −10) → (0, 50, 100).
        // P1 = (1·i1 + 3·i2)/4 = (0, 50, 100); P2 = i3; INDEX = (P1 + P2)/2 = (0, 50, 100) → ranks (3, 2, 1).
        var result = CompositeEngine.Compute(CompositeSamples.TwoPillars(), CompositeSamples.ThreeUnits(), CompositeSettings.Default);
        Assert.Equal([0.0, 50, 100], result.Scores["P1"].Values);
        Assert.Equal([0.0, 50, 100], result.Scores["P2"].Values);
        Assert.Equal([0.0, 50, 100], result.Index.Values);
        Assert.Equal([3.0, 2, 1], result.Ranks);
        var c = result.Contributions().Where(x => x.Unit == "B").ToDictionary(x => (x.Node, x.Child), x => x.Value);
        Assert.Equal(12.5, c[("P1", "i1")], 12); // ¼·50
        Assert.Equal(37.5, c[("P1", "i2")], 12); // ¾·50
        Assert.Equal(25, c[("INDEX", "P1")], 12); // ½·50
        Assert.Equal(result.Index.Values[1], c[("INDEX", "P1")] + c[("INDEX", "P2")], 12);
    }

    [Fact]
    public void A_missing_indicator_re_scales_the_weights_of_the_others()
    {
        // B lacks i2: min–max over A and C only for i2 (0 and 100); P1 of B = i1 of B = 50.
        var data = CompositeData.Of(
            ["A", "B", "C"],
            ["i1", "i2", "i3"],
            [
                [0, 2, 30],
                [5, double.NaN, 20],
                [10, 6, 10],
            ]
        );
        var result = CompositeEngine.Compute(CompositeSamples.TwoPillars(), data, CompositeSettings.Default);
        Assert.Equal(50, result.Scores["P1"].Values[1], 12);
        var contribution = result.Contributions().Single(x => x.Unit == "B" && x.Child == "i2");
        Assert.True(double.IsNaN(contribution.Value));
    }

    [Fact]
    public void Equal_weights_ignore_the_metadata_weights()
    {
        // i1 = (0, 50, 100), i2 with weight 3 → 1: P1 = (i1 + i2)/2; here i1 = i2 so P1 is unchanged; use skewed i2
        var data = CompositeData.Of(
            ["A", "B", "C"],
            ["i1", "i2", "i3"],
            [
                [0, 0, 30],
                [5, 9, 20],
                [10, 10, 10],
            ]
        );
        var meta = CompositeEngine.Compute(CompositeSamples.TwoPillars(), data, CompositeSettings.Default);
        var equal = CompositeEngine.Compute(
            CompositeSamples.TwoPillars(),
            data,
            CompositeSettings.Default with
            {
                Weighting = WeightingKind.Equal,
            }
        );
        Assert.Equal((50 + 3 * 90) / 4.0, meta.Scores["P1"].Values[1], 12);
        Assert.Equal((50 + 90) / 2.0, equal.Scores["P1"].Values[1], 12);
    }

    [Fact]
    public void A_weight_file_overrides_the_named_nodes_only()
    {
        var data = CompositeData.Of(
            ["A", "B", "C"],
            ["i1", "i2", "i3"],
            [
                [0, 0, 30],
                [5, 9, 20],
                [10, 10, 10],
            ]
        );
        var settings = CompositeSettings.Default with
        {
            Weighting = WeightingKind.File,
            WeightOverrides = new Dictionary<string, double> { ["i2"] = 1 },
        };
        var result = CompositeEngine.Compute(CompositeSamples.TwoPillars(), data, settings);
        Assert.Equal((50 + 90) / 2.0, result.Scores["P1"].Values[1], 12);
        var unknown = settings with { WeightOverrides = new Dictionary<string, double> { ["nope"] = 1 } };
        Assert.Throws<InputException>(() => CompositeEngine.Compute(CompositeSamples.TwoPillars(), data, unknown));
    }

    [Fact]
    public void Mean_imputation_fills_before_normalising()
    {
        // i2 of B missing → mean of 2 and 6 = 4 → normalised 50, as with the full data
        var data = CompositeData.Of(
            ["A", "B", "C"],
            ["i1", "i2", "i3"],
            [
                [0, 2, 30],
                [5, double.NaN, 20],
                [10, 6, 10],
            ]
        );
        var result = CompositeEngine.Compute(
            CompositeSamples.TwoPillars(),
            data,
            CompositeSettings.Default with
            {
                Imputation = ImputationKind.Mean,
            }
        );
        Assert.Equal(50, result.Scores["i2"].Values[1], 12);
    }

    [Fact]
    public void Hierarchy_validation_rejects_two_roots_unknown_parents_and_negative_weights()
    {
        Assert.Throws<InputException>(() => CompositeHierarchy.Create([new("A", "A", null, 2, 1), new("B", "B", null, 1, 1)]));
        Assert.Throws<InputException>(() => CompositeHierarchy.Create([new("A", "A", null, 2, 1), new("i", "i", "X", 1, 1)]));
        Assert.Throws<InputException>(() => CompositeHierarchy.Create([new("A", "A", null, 2, 1), new("i", "i", "A", 1, -1)]));
        Assert.Throws<InputException>(() => CompositeHierarchy.Create([new("A", "A", null, 2, 1), new("i", "i", "A", 2, 1)]));
    }

    [Fact]
    public void Aggregates_are_ordered_bottom_up()
    {
        var h = CompositeSamples.TwoPillars();
        Assert.Equal(["P1", "P2", "INDEX"], h.Aggregates.Select(a => a.Code));
    }
}
