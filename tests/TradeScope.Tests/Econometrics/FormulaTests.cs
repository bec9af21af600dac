using TradeScope.Core;
using TradeScope.Econometrics;
using Xunit;

namespace TradeScope.Tests.Econometrics;

public sealed class FormulaTests
{
    [Fact]
    public void Parses_terms_logs_and_interacted_fixed_effects()
    {
        var f = Formula.Parse("log(Euros) ~ x1 + log(dist_km) + x3 | Origin + exporter^year");
        Assert.Equal(new Variable("Euros", Transform.Log), f.Outcome);
        Assert.Equal(["x1", "log(dist_km)", "x3"], f.Regressors.Select(r => r.Name));
        Assert.Equal(["Origin", "exporter^year"], f.FixedEffects.Select(e => e.Name));
        Assert.False(f.HasInterceptColumn);
        Assert.Equal("log(Euros) ~ x1 + log(dist_km) + x3 | Origin + exporter^year", f.ToString());
    }

    [Fact]
    public void Minus_one_removes_the_intercept()
    {
        Assert.False(Formula.Parse("y ~ x - 1").HasInterceptColumn);
        Assert.False(Formula.Parse("y ~ 0 + x").HasInterceptColumn);
        Assert.True(Formula.Parse("y ~ x").HasInterceptColumn);
    }

    [Theory]
    [InlineData("y ~ x ~ z")]
    [InlineData("~ x")]
    [InlineData("y ~ sqrt(x)")]
    [InlineData("y ~ x:z")]
    [InlineData("y ~ x + x")]
    [InlineData("y ~ x | ")]
    [InlineData("y ~ (x")]
    [InlineData("y ~ x | a | b")]
    public void Rejects_malformed_formulas(string text) => Assert.Throws<InputException>(() => Formula.Parse(text));

    [FsCheck.Xunit.Property(MaxTest = 50)]
    public bool Round_trips_generated_formulas(FsCheck.PositiveInt a, FsCheck.PositiveInt b, bool log)
    {
        var text = $"y ~ {(log ? "log(x" + a.Get + ")" : "x" + a.Get)} + z{b.Get} | f{a.Get} + g^h";
        return Formula.Parse(Formula.Parse(text).ToString()) == Formula.Parse(text) || Formula.Parse(text).ToString() == text;
    }
}
