using FsCheck;
using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Econometrics;
using TradeScope.Model;
using Xunit;

namespace TradeScope.Tests.Analyses;

/// <summary>The scenario accounting (docs/scenarios.md) and the conditional GE solver (docs/methods/gravity.md#geppml).</summary>
public sealed class ScenarioTests
{
    private static GravityPartner Partner(int k, double actual, double untapped) =>
        new(
            new CountryInfo(new CountryCode($"A{(char)('A' + k / 26)}{(char)('A' + k % 26)}"), k, $"P{k}", $"P{k}"),
            actual,
            double.IsNaN(untapped) ? double.NaN : actual + untapped,
            double.IsNaN(untapped) ? GravityReason.NoGeography : GravityReason.None,
            null
        );

    [FsCheck.Xunit.Property(MaxTest = 200)]
    public bool Accounting_holds_and_reallocation_stays_within_what_was_lost_and_out_of_closed_markets(
        NonEmptyArray<NormalFloat> draws,
        int seed,
        byte cut,
        byte share,
        bool byShares
    )
    {
        var random = new Random(seed);
        var partners = draws
            .Get.Select(
                (d, k) =>
                    Partner(
                        k,
                        random.NextDouble() < 0.2 ? 0 : Math.Abs(d.Get) * 1e6,
                        random.NextDouble() < 0.1 ? double.NaN : (random.NextDouble() - 0.4) * 1e6
                    )
            )
            .ToList();
        var closed = partners.Where(_ => random.NextDouble() < 0.3).Select(p => p.Partner.Iso3).ToHashSet();
        var cutPct = cut % 101;
        var sharePct = share % 101;
        var mode = byShares ? Reallocation.Shares : Reallocation.Untapped;
        var rows = Scenario.Apply(partners, closed, cutPct, mode, sharePct, new Dictionary<CountryCode, double>());
        var cutTotal = partners.Where(p => closed.Contains(p.Partner.Iso3)).Sum(p => p.Actual) * cutPct / 100;
        var reallocated = rows.Sum(r => r.Reallocated);
        var lost = rows.Sum(r => r.Lost);
        var tolerance = 1e-9 * Math.Max(1, partners.Sum(p => p.Actual));
        return rows.All(r => Math.Abs(r.Scenario - (r.Baseline - r.Lost + r.Reallocated)) <= tolerance && r.Created == 0)
            && reallocated >= 0
            && reallocated <= lost + tolerance
            && Math.Abs(lost - cutTotal) <= tolerance
            && reallocated <= cutTotal * sharePct / 100 + tolerance
            && rows.Where(r => r.Closed).All(r => r.Reallocated == 0)
            && rows.All(r => r.Reallocated >= 0 && r.Scenario >= -tolerance)
            && (
                mode != Reallocation.Untapped
                || rows.All(r => r.Reallocated <= Math.Max(double.IsNaN(r.Untapped) ? 0 : r.Untapped, 0) + tolerance)
            );
    }

    [Fact]
    public void Reallocation_by_untapped_potential_is_proportional_and_capped_at_the_potential()
    {
        List<GravityPartner> partners = [Partner(0, 100, -10), Partner(1, 50, 30), Partner(2, 20, 10), Partner(3, 10, double.NaN)];
        var closed = new HashSet<CountryCode> { partners[0].Partner.Iso3 };
        var rows = Scenario.Apply(partners, closed, 100, Reallocation.Untapped, 100, new Dictionary<CountryCode, double>());
        // 100 lost, open potential 30 + 10 = 40 < 100: all potential is used, the rest stays lost.
        Assert.Equal([0, 30, 10, 0], rows.Select(r => r.Reallocated));
        Assert.Equal([1, 2, 3, 4], rows.Select(r => r.RankBefore));
        Assert.Equal([4, 1, 2, 3], rows.Select(r => r.RankAfter)); // 0, 80, 30, 10
        var half = Scenario.Apply(partners, closed, 20, Reallocation.Untapped, 100, new Dictionary<CountryCode, double>());
        Assert.Equal([0, 15, 5, 0], half.Select(r => r.Reallocated));
        Assert.Equal([1, 2, 3, 4], half.Select(r => r.RankAfter)); // 80, 65, 25, 10
    }

    [Fact]
    public void Regional_factors_create_trade_with_the_bloc_and_keep_the_accounting()
    {
        List<GravityPartner> partners = [Partner(0, 100, 0), Partner(1, 50, 0)];
        var factors = new Dictionary<CountryCode, double> { [partners[1].Partner.Iso3] = 1.2 };
        var rows = Scenario.Apply(partners, new HashSet<CountryCode>(), 0, Reallocation.None, 0, factors);
        Assert.Equal(10, rows[1].Created, 1e-12);
        Assert.Equal(60, rows[1].Scenario, 1e-12);
        Assert.True(rows[1].InBloc);
        Assert.Equal(100, rows[0].Scenario);
    }

    [Fact]
    public void The_conditional_GE_solution_satisfies_the_multilateral_resistance_equations()
    {
        var (n, observed, costs) = GeneratedSystem(3, countries: 12);
        var solution = ConditionalGe.Solve(n, observed, costs, reference: 2);
        var y = Enumerable.Range(0, n).Select(i => Enumerable.Range(0, n).Sum(j => observed[i * n + j])).ToArray();
        var e = Enumerable.Range(0, n).Select(j => Enumerable.Range(0, n).Sum(i => observed[i * n + j])).ToArray();
        var world = y.Sum();
        Assert.Equal(1.0, solution.InwardResistance[2], 1e-15);
        for (var i = 0; i < n; i++)
        {
            // Π_i^(1−σ) = Σ_j t_ij^(1−σ) E_j / (Y P_j^(1−σ));  P_j^(1−σ) = Σ_i t_ij^(1−σ) Y_i / (Y Π_i^(1−σ)).
            var pi = Enumerable.Range(0, n).Sum(j => Math.Exp(costs[i * n + j]) * e[j] / (world * solution.InwardResistance[j]));
            Assert.Equal(1.0, pi / solution.OutwardResistance[i], 1e-8);
            var p = Enumerable.Range(0, n).Sum(k => Math.Exp(costs[k * n + i]) * y[k] / (world * solution.OutwardResistance[k]));
            Assert.Equal(1.0, p / solution.InwardResistance[i], 1e-8);
        }
    }

    [Fact]
    public void The_conditional_GE_baseline_equals_the_ppml_fit_with_exporter_and_importer_fixed_effects()
    {
        // Fit PPML on log distance with exporter and importer fixed effects; solving the gravity system with the fitted cost term
        // must give back the PPML fitted values (both satisfy the same first-order conditions).
        var (n, observed, _) = GeneratedSystem(5, countries: 10);
        var distance = GeneratedDistances(5, n);
        var rows = Enumerable.Range(0, n * n).ToList();
        var frame = DataFrame.FromColumns(
            ("trade", rows.Select(k => observed[k]).ToArray()),
            ("dist", rows.Select(k => distance[k]).ToArray()),
            ("exporter", rows.Select(k => $"C{k / n}").ToArray()),
            ("importer", rows.Select(k => $"C{k % n}").ToArray())
        );
        var fit = Ppml.Fit(frame, "trade ~ log(dist) | exporter + importer");
        var fitted = fit.FittedValues(frame.RowCount);
        var beta = fit["log(dist)"].Estimate;
        var solution = ConditionalGe.Solve(n, observed, rows.Select(k => beta * Math.Log(distance[k])).ToArray());
        for (var k = 0; k < n * n; k++)
            Assert.Equal(1.0, solution.Flows[k] / fitted[k], 1e-6);
    }

    [Fact]
    public void A_zero_shock_returns_the_baseline_and_a_cost_cut_raises_the_reporters_exports_to_the_bloc()
    {
        var (n, observed, costs) = GeneratedSystem(7, countries: 10);
        var baseline = ConditionalGe.Solve(n, observed, costs);
        var same = ConditionalGe.Solve(n, observed, (double[])costs.Clone());
        for (var k = 0; k < n * n; k++)
            Assert.Equal(0, Math.Abs(same.Flows[k] / baseline.Flows[k] - 1), 1e-10);
        var cut = (double[])costs.Clone();
        cut[0 * n + 1] += 0.3;
        cut[1 * n + 0] += 0.3;
        var shocked = ConditionalGe.Solve(n, observed, cut);
        var factor = shocked.Flows[1] / baseline.Flows[1];
        Assert.InRange(factor, 1.0, Math.Exp(0.3)); // GE dampens the partial effect exp(0.3)
        // Outputs and expenditures are held fixed (conditional GE).
        for (var i = 0; i < n; i++)
            Assert.Equal(
                Enumerable.Range(0, n).Sum(j => baseline.Flows[i * n + j]),
                Enumerable.Range(0, n).Sum(j => shocked.Flows[i * n + j]),
                1e-6 * Enumerable.Range(0, n).Sum(j => baseline.Flows[i * n + j])
            );
    }

    /// <summary>A random n × n flow matrix with large domestic flows and a cost term from distance and a border.</summary>
    internal static (int N, double[] Observed, double[] Costs) GeneratedSystem(int seed, int countries)
    {
        var random = new Random(seed);
        var n = countries;
        var distance = GeneratedDistances(seed, n);
        var size = Enumerable.Range(0, n).Select(_ => Math.Exp(2 * random.NextDouble())).ToArray();
        var observed = new double[n * n];
        var costs = new double[n * n];
        for (var i = 0; i < n; i++)
            for (var j = 0; j < n; j++)
            {
                var k = i * n + j;
                costs[k] = -0.8 * Math.Log(distance[k]) - (i == j ? 0 : 1.5);
                observed[k] =
                    i != j && random.NextDouble() < 0.15 ? 0 : 1e3 * size[i] * size[j] * Math.Exp(costs[k] + random.NextDouble() - 0.5);
            }
        return (n, observed, costs);
    }

    private static double[] GeneratedDistances(int seed, int n)
    {
        var random = new Random(seed + 1000);
        var d = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            d[i * n + i] = 50 + 100 * random.NextDouble();
            for (var j = i + 1; j < n; j++)
                d[i * n + j] = d[j * n + i] = 300 + 8000 * random.NextDouble();
        }
        return d;
    }
}
