using TradeScope.Analyses;
using TradeScope.Core;
using Xunit;

namespace TradeScope.Tests.Analyses;

/// <summary>A value-chain regression run that estimates nothing is a failure (exit 2 for data, 3 for numerics), not an
/// empty table with exit 0; partial failures stay warnings.</summary>
public sealed class RvcRegressionFailureTests
{
    private static RvcEstimate Failed(string country, bool numerical) =>
        new(country, "C", RvcDirection.Mutual, null, $"{country} C mutual: not estimated: why", numerical);

    [Fact]
    public void All_failed_for_data_reasons_is_an_input_error_naming_the_first_reason()
    {
        var e = Assert.Throws<InputException>(() => RvcRegression.RequireAnyEstimate([Failed("POL", false), Failed("CZE", true)]));
        Assert.Equal("none of the 2 regressions could be estimated; the first: POL C mutual: not estimated: why", e.Message);
    }

    [Fact]
    public void All_failed_for_numerical_reasons_is_a_numerical_error()
    {
        Assert.Throws<NumericalException>(() => RvcRegression.RequireAnyEstimate([Failed("POL", true), Failed("CZE", true)]));
    }

    [Fact]
    public void Some_estimated_is_not_an_error()
    {
        var points = Enumerable
            .Range(0, 8)
            .Select(i => new RvcPoint("POL", "C", 2000 + i, 0.1 + 0.01 * i, 0.2 + 0.03 * i * i, 5 + i + 0.5 * (i % 3), 4, 1000 + 90 * i))
            .ToList();
        var fit = RvcRegression.Fit(points, RvcDirection.Mutual, TradeScope.Econometrics.VcovSpec.HC1, "POL C mutual");
        RvcRegression.RequireAnyEstimate([Failed("CZE", false), new RvcEstimate("POL", "C", RvcDirection.Mutual, fit)]);
    }
}
