using System.Globalization;
using TradeScope.Econometrics;
using Xunit;

namespace TradeScope.Tests.Econometrics;

/// <summary>Estimates and standard errors against statsmodels (Fixtures/crosscheck/make_crosscheck.py, versions.txt):
/// OLS iid/HC0–HC3/one- and two-way cluster, OLS with absorbed fixed effects vs dummies, PPML HC0/HC1/cluster with and
/// without fixed effects, and the ppmlhdfe separation sets found independently by linear programming.</summary>
public sealed class CrossCheckTests
{
    private sealed record Row(string Dataset, string Estimator, string Formula, string Vcov, string Term, double Estimate, double StdError);

    private static readonly Lazy<List<Row>> Rows = new(() =>
    {
        var t = TidyData.Read(Fixtures.Path("crosscheck", "expected.csv"));
        string Text(string c, int i) =>
            t[c] is TextColumn tc ? tc.Values[i] ?? "" : ((NumericColumn)t[c]).Values[i].ToString(CultureInfo.InvariantCulture);
        var estimate = ((NumericColumn)t["estimate"]).Values;
        var se = ((NumericColumn)t["std_error"]).Values;
        return Enumerable
            .Range(0, t.RowCount)
            .Select(i => new Row(
                Text("dataset", i),
                Text("estimator", i),
                Text("formula", i),
                Text("vcov", i),
                Text("term", i),
                estimate[i],
                se[i]
            ))
            .ToList();
    });

    public static IEnumerable<object[]> Models() =>
        Rows
            .Value.Where(r => !r.Vcov.StartsWith("separated", StringComparison.Ordinal))
            .Select(r => (r.Dataset, r.Estimator, r.Formula, r.Vcov))
            .Distinct()
            .Select(m => new object[] { m.Dataset, m.Estimator, m.Formula, m.Vcov });

    private static DataFrame Data(string dataset) =>
        TidyData.Read(
            dataset.StartsWith("sep_", StringComparison.Ordinal) ? Fixtures.Path("ppmlhdfe", dataset) : Fixtures.Path("crosscheck", dataset)
        );

    /// <summary>statsmodels' conventions: K counts every parameter; two-way terms each with their own G/(G−1).</summary>
    private static VcovSpec Spec(string vcov) =>
        VcovSpec.Parse(vcov) is var s && s.Kind == VcovKind.Cluster ? s with { SmallSample = SmallSample.Sandwich } : s;

    [Theory]
    [MemberData(nameof(Models))]
    public void Matches_statsmodels(string dataset, string estimator, string formula, string vcov)
    {
        var data = Data(dataset);
        var fit = estimator == "ols" ? Ols.Fit(data, formula, Spec(vcov)) : Ppml.Fit(data, formula, Spec(vcov));
        var expected = Rows.Value.Where(r => (r.Dataset, r.Estimator, r.Formula, r.Vcov) == (dataset, estimator, formula, vcov)).ToList();
        Assert.NotEmpty(expected);
        foreach (var e in expected)
        {
            var c = fit[e.Term];
            Assert.True(
                Math.Abs(c.Estimate - e.Estimate) <= 1e-6 * Math.Max(1, Math.Abs(e.Estimate)),
                $"{e.Term}: estimate {c.Estimate:R} vs {e.Estimate:R}"
            );
            if (!double.IsNaN(e.StdError))
                Assert.True(Math.Abs(c.StdError - e.StdError) <= 1e-6 * e.StdError, $"{e.Term}: se {c.StdError:R} vs {e.StdError:R}");
        }
        if (fit.Estimator == Estimator.Ols)
            Assert.Equal(expected.Count, fit.Coefficients.Count);
    }

    public static IEnumerable<object[]> SeparationSets() =>
        Rows.Value.Where(r => r.Vcov == "separated_lines").Select(r => new object[] { r.Dataset, r.Formula });

    [Theory]
    [MemberData(nameof(SeparationSets))]
    public void Separated_observations_agree_with_linear_programming(string dataset, string formula)
    {
        var expected = Rows
            .Value.Where(r => r.Dataset == dataset && r.Vcov == "separated_line")
            .Select(r => int.Parse(r.Term, CultureInfo.InvariantCulture))
            .Order()
            .ToArray();
        var fit = Ppml.Fit(Data(dataset), formula, VcovSpec.HC0);
        var dropped = fit
            .Dropped.Where(d => d.Reason is DropReason.Separated or DropReason.FixedEffectAllZero)
            .SelectMany(d => d.Lines)
            .Order()
            .ToArray();
        Assert.Equal(expected, dropped);
    }
}
