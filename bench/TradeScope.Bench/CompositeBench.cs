using TradeScope.Potential.Composite;

namespace TradeScope.Bench;

/// <summary>
/// The composite-indicator engine (issue 12) on generated data: 200 units × 60 indicators in 4 pillars of 15, log-normal
/// values with 5 % missing cells; the nominal run (reference), <c>--mc 1000</c> and a sensitivity design with N = 100
/// (600 runs), each with the default choices (docs/methods/potential.md#composite-uncertainty).
/// </summary>
public sealed class CompositeBench : IBenchSuite
{
    public string Name => "composite";
    public string Description => "composite indicator: 200 units × 60 indicators, nominal run, --mc 1000, --sensitivity 100";

    private const int Units = 200,
        Pillars = 4,
        PerPillar = 15;

    public void Run(BenchReport report)
    {
        var (hierarchy, data) = Generate(seed: 1);
        var size = $"{Units} units × {Pillars * PerPillar} indicators";
        CompositeResult? nominal = null;
        report.Time(
            "nominal run (min–max, amean, meta weights)",
            size,
            () => nominal = CompositeEngine.Compute(hierarchy, data, CompositeSettings.Default),
            reference: true
        );
        var choices = UncertaintyChoices.Default(nominal!.Settings);
        report.Time(
            "--mc 1000 (weights ±25 %, 3 × 3 × 3 alternatives)",
            size,
            () => new UncertaintyAnalysis(hierarchy, data, nominal, choices).MonteCarlo(1000, 1),
            repetitions: 1,
            warmUp: false
        );
        report.Time(
            "--sensitivity 100 (600 runs)",
            size,
            () => new UncertaintyAnalysis(hierarchy, data, nominal, choices).Sensitivity(100, 1),
            repetitions: 1,
            warmUp: false
        );
    }

    private static (CompositeHierarchy, CompositeData) Generate(int seed)
    {
        var random = new Random(seed);
        var nodes = new List<CompositeNode> { new("INDEX", "Index", null, 3, 1) };
        for (var p = 0; p < Pillars; p++)
        {
            nodes.Add(new($"P{p}", $"Pillar {p}", "INDEX", 2, 1 + p % 2));
            for (var k = 0; k < PerPillar; k++)
                nodes.Add(new($"i{p}_{k}", $"i{p}_{k}", $"P{p}", 1, 1, Direction: k % 5 == 4 ? -1 : 1));
        }
        var hierarchy = CompositeHierarchy.Create(nodes);
        var values = Enumerable
            .Range(0, Units)
            .Select(_ =>
                Enumerable
                    .Range(0, Pillars * PerPillar)
                    .Select(_ => random.NextDouble() < 0.05 ? double.NaN : Math.Exp(3 * random.NextDouble()))
                    .ToArray()
            )
            .ToArray();
        var units = Enumerable.Range(0, Units).Select(u => $"U{u:000}").ToArray();
        return (hierarchy, CompositeData.Of(units, [.. hierarchy.Indicators.Select(i => i.Code)], values));
    }
}
