using TradeScope.Analyses;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Econometrics;
using TradeScope.Tests.Econometrics;
using Xunit;

namespace TradeScope.Tests.Analyses;

/// <summary>The structural gravity model behind <c>gravity-potential</c> and <c>scenario</c> (docs/methods/gravity.md).</summary>
public sealed class GravityPotentialTests
{
    private static readonly Lazy<GravityPotentialResult> Russia2019 = new(() =>
        GravityPotential.Estimate(ComtradeBundled.Load(new TradeLoadOptions(Years: [2018, 2019])), new CountryCode("RUS"), 2019, window: 2)
    );

    [Fact]
    public void The_gravity_estimation_step_reproduces_fixest_on_the_EU15_panel()
    {
        // The same step GravityPotential.Estimate uses (Ppml.Fit, clustered), on fixest's EU15 trade panel: the reference values are
        // fixest's (Fixtures/fixest/README.md), as in FixestTradeTests for the regress command.
        var trade = TidyData.Read(Fixtures.Path("fixest", "fixest_trade.csv.gz"));
        var (model, fitted) = GravityPotential.Fit(trade, "Euros ~ log(dist_km) | Origin + Destination + Product + Year", "Origin");
        Assert.Equal(38325, model.N);
        Assert.Equal(-1.52787437, model["log(dist_km)"].Estimate, 1e-6);
        Assert.Equal(0.11567817, model["log(dist_km)"].StdError, 1e-5);
        Assert.Equal(0.764032, model.Fit.PseudoRSquared, 1e-6);
        // Poisson first-order condition of the Origin fixed effect: fitted sums equal actual sums by origin.
        var origin = (TextColumn)trade["Origin"];
        var euros = ((NumericColumn)trade["Euros"]).Values;
        foreach (var group in Enumerable.Range(0, trade.RowCount).Where(i => !double.IsNaN(fitted[i])).GroupBy(i => origin.Values[i]))
        {
            var actual = group.Sum(i => euros[i]);
            Assert.Equal(1.0, group.Sum(i => fitted[i]) / actual, 1e-6);
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 8)]
    public bool Each_exporters_predicted_exports_sum_to_its_actual_exports_on_generated_panels(FsCheck.PositiveInt seed)
    {
        var frame = GeneratedPanel(seed.Get, countries: 9, years: 3);
        var (_, fitted) = GravityPotential.Fit(frame, GravityPanel.PanelFormula, GravityPanel.Pair);
        return ExporterYearSums(frame, fitted).All(s => Math.Abs(s.Predicted - s.Actual) <= 1e-7 * Math.Max(1, s.Actual));
    }

    [Fact]
    public void Each_exporters_predicted_exports_sum_to_its_actual_exports_on_bundled_data()
    {
        var result = Russia2019.Value;
        var frame = result.Panel.ToDataFrame();
        var sums = ExporterYearSums(frame, result.Fitted);
        Assert.True(sums.Count > 300, $"{sums.Count} exporter-years");
        Assert.All(sums, s => Assert.Equal(1.0, s.Predicted / s.Actual, 1e-6));
        // And therefore for the reporter's partners in the sample, the rows of the report.
        var known = result.Partners.Where(p => !double.IsNaN(p.Predicted)).ToList();
        Assert.Equal(1.0, known.Sum(p => p.Predicted) / known.Sum(p => p.Actual), 1e-6);
    }

    [Fact]
    public void Bundled_estimates_have_the_expected_signs_and_partners_without_geography_are_NaN_with_a_reason()
    {
        var result = Russia2019.Value;
        Assert.True(result.Model["log(dist_km)"].Estimate < 0);
        Assert.True(result.Model["contig"].Estimate > 0);
        Assert.True(result.Model["rta"].Estimate > 0);
        Assert.Equal(["exporter^year", "importer^year"], result.Model.FixedEffectLevels.Select(f => f.Name));
        var ssd = result.Partners.Single(p => p.Partner.Iso3.Value == "SSD");
        Assert.True(double.IsNaN(ssd.Predicted));
        Assert.Equal("NO_GEO", ssd.Reason.Code());
        Assert.All(result.Partners.Where(p => p.Reason == GravityReason.None), p => Assert.Equal(p.Predicted - p.Actual, p.Untapped));
        // Ordered by untapped potential, largest first; NaN last.
        var untapped = result.Partners.Select(p => double.IsNaN(p.Untapped) ? double.MinValue : p.Untapped).ToList();
        Assert.Equal(untapped.OrderByDescending(u => u), untapped);
    }

    [Fact]
    public void The_panel_keeps_zeros_of_reporting_exporters_only_and_uses_weighted_distance_where_GeoDist_has_it()
    {
        var panel = Russia2019.Value.Panel;
        Assert.True(panel.Zeros > 0);
        Assert.All(panel.Observations, o => Assert.NotEqual(o.Exporter, o.Importer));
        var rusChn = panel.Observations.First(o => o.Exporter.Value == "RUS" && o.Importer.Value == "CHN");
        var geo = TradeScope.Data.Reference.GeoDistances.Bundled.Find("RUS", "CHN")!;
        Assert.Equal(geo.WeightedDistanceKm, rusChn.Costs.DistanceKm);
        Assert.True(rusChn.Costs.Contiguous);
        var rusArm = panel.Observations.First(o => o.Exporter.Value == "RUS" && o.Importer.Value == "ARM" && o.Year == 2019);
        Assert.True(rusArm.Costs.Rta); // EAEU and CIS FTA in force
    }

    /// <summary>Σ predicted and Σ actual by exporter-year over the rows in the estimation sample.</summary>
    internal static List<(string Key, double Actual, double Predicted)> ExporterYearSums(DataFrame frame, double[] fitted)
    {
        var exporter = (TextColumn)frame[GravityPanel.Exporter];
        var year = (TextColumn)frame[GravityPanel.Year];
        var trade = ((NumericColumn)frame[GravityPanel.Trade]).Values;
        return Enumerable
            .Range(0, frame.RowCount)
            .Where(i => !double.IsNaN(fitted[i]))
            .GroupBy(i => $"{exporter.Values[i]}^{year.Values[i]}")
            .Select(g => (g.Key, g.Sum(i => trade[i]), g.Sum(i => fitted[i])))
            .ToList();
    }

    /// <summary>A random gravity panel in <see cref="GravityPanel.ToDataFrame"/>'s layout: flows drawn around a gravity mean with
    /// multiplicative noise, about a fifth of them zero.</summary>
    internal static DataFrame GeneratedPanel(int seed, int countries, int years)
    {
        var random = new Random(seed);
        var size = Enumerable.Range(0, countries).Select(_ => Math.Exp(random.NextDouble() * 3)).ToArray();
        var distance = new double[countries, countries];
        for (var i = 0; i < countries; i++)
            for (var j = i + 1; j < countries; j++)
                distance[i, j] = distance[j, i] = 200 + random.NextDouble() * 9000;
        var rows = new List<(string E, string I, string Y, double Trade, double D, double C, double L, double K, double R)>();
        for (var t = 0; t < years; t++)
            for (var i = 0; i < countries; i++)
                for (var j = 0; j < countries; j++)
                {
                    if (i == j)
                        continue;
                    var contig = (i + j) % 5 == 0 ? 1.0 : 0.0;
                    var language = (i * j) % 3 == 0 ? 1.0 : 0.0;
                    var colony = (i + 2 * j) % 7 == 0 ? 1.0 : 0.0;
                    var rta = random.NextDouble() < 0.3 ? 1.0 : 0.0;
                    var mean = 1e3 * size[i] * size[j] * Math.Exp(-0.9 * Math.Log(distance[i, j] / 1000) + 0.4 * contig + 0.3 * rta);
                    var flow = random.NextDouble() < 0.2 ? 0 : mean * Math.Exp(random.NextDouble() - 0.5);
                    rows.Add(($"C{i}", $"C{j}", $"{2000 + t}", flow, distance[i, j], contig, language, colony, rta));
                }
        return DataFrame.FromColumns(
            (GravityPanel.Trade, rows.Select(r => r.Trade).ToArray()),
            (GravityPanel.Exporter, rows.Select(r => r.E).ToArray()),
            (GravityPanel.Importer, rows.Select(r => r.I).ToArray()),
            (GravityPanel.Year, rows.Select(r => r.Y).ToArray()),
            (GravityPanel.Pair, rows.Select(r => $"{r.E}-{r.I}").ToArray()),
            (GravityPanel.Distance, rows.Select(r => r.D).ToArray()),
            (GravityPanel.Contiguity, rows.Select(r => r.C).ToArray()),
            (GravityPanel.Language, rows.Select(r => r.L).ToArray()),
            (GravityPanel.Colony, rows.Select(r => r.K).ToArray()),
            (GravityPanel.Rta, rows.Select(r => r.R).ToArray())
        );
    }
}
