using TradeScope.Potential.Composite;
using Xunit;

namespace TradeScope.Tests.Potential.Composite;

/// <summary>Monte Carlo intervals and Saltelli–Jansen sensitivity indices: reproducible with a seed; a choice that does
/// not change the result has indices of exactly zero.</summary>
public class UncertaintyTests
{
    private static (CompositeHierarchy, CompositeData, CompositeResult) Sample(double missing = 0)
    {
        var hierarchy = CompositeSamples.Pillars(3, 3);
        var data = CompositeSamples.DataFor(hierarchy, CompositeSamples.Random(11, 25, 9, missing));
        return (hierarchy, data, CompositeEngine.Compute(hierarchy, data, CompositeSettings.Default));
    }

    [Fact]
    public void Monte_Carlo_intervals_are_reproducible_with_a_seed_and_contain_the_median()
    {
        var (h, d, nominal) = Sample();
        var choices = UncertaintyChoices.Default(nominal.Settings);
        var first = new UncertaintyAnalysis(h, d, nominal, choices).MonteCarlo(200, 42);
        var again = new UncertaintyAnalysis(h, d, nominal, choices).MonteCarlo(200, 42);
        var other = new UncertaintyAnalysis(h, d, nominal, choices).MonteCarlo(200, 43);
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.All(first, r => Assert.True(r.P05 <= r.Median && r.Median <= r.P95 && r.P05 >= 1 && r.P95 <= 25));
        Assert.Contains(first, r => r.P95 > r.P05); // the choices do move some ranks
    }

    [Fact]
    public void Monte_Carlo_with_no_uncertainty_returns_the_nominal_rank_for_every_draw()
    {
        var (h, d, nominal) = Sample();
        var none = new UncertaintyChoices(0, [nominal.Settings.Normalisation], [AggregationKind.ArithmeticMean], [ImputationKind.None]);
        var intervals = new UncertaintyAnalysis(h, d, nominal, none).MonteCarlo(20, 1);
        var ranks = nominal.Ranks;
        for (var u = 0; u < ranks.Length; u++)
            Assert.Equal((ranks[u], ranks[u], ranks[u]), (intervals[u].Median, intervals[u].P05, intervals[u].P95));
    }

    [Fact]
    public void Sensitivity_indices_are_reproducible_and_zero_for_a_choice_that_changes_nothing()
    {
        // Complete data: mean and median imputation change nothing, so the imputation input has S = ST = 0 exactly.
        var (h, d, nominal) = Sample();
        var choices = UncertaintyChoices.Default(nominal.Settings);
        var first = new UncertaintyAnalysis(h, d, nominal, choices).Sensitivity(64, 5);
        var again = new UncertaintyAnalysis(h, d, nominal, choices).Sensitivity(64, 5);
        Assert.Equal(first.Indices, again.Indices);
        Assert.Equal(64 * 6, first.Runs);
        var imputation = first.Indices.Single(i => i.Input == "imputation");
        Assert.Equal(0.0, imputation.FirstOrder);
        Assert.Equal(0.0, imputation.Total);
        Assert.True(first.Indices.Single(i => i.Input == "normalisation").Total > 0);
    }

    [Fact]
    public void An_input_with_a_single_alternative_has_zero_indices()
    {
        var (h, d, nominal) = Sample(missing: 0.1);
        var choices = new UncertaintyChoices(
            0.25,
            [nominal.Settings.Normalisation, Normalisation.ZScore(10, 2)],
            [AggregationKind.ArithmeticMean],
            [ImputationKind.None, ImputationKind.Mean]
        );
        var result = new UncertaintyAnalysis(h, d, nominal, choices).Sensitivity(32, 9);
        var aggregation = result.Indices.Single(i => i.Input == "aggregation");
        Assert.Equal((0.0, 0.0), (aggregation.FirstOrder, aggregation.Total));
        Assert.True(result.Indices.Single(i => i.Input == "imputation").Total > 0);
    }

    [Fact]
    public void Without_any_variation_the_indices_are_NaN_with_a_reason()
    {
        var (h, d, nominal) = Sample();
        var none = new UncertaintyChoices(0, [nominal.Settings.Normalisation], [AggregationKind.ArithmeticMean], [ImputationKind.None]);
        var result = new UncertaintyAnalysis(h, d, nominal, none).Sensitivity(8, 1);
        Assert.All(result.Indices, i => Assert.Equal(UncertaintyAnalysis.NoVariance, i.Reason));
    }
}
