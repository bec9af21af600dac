using TradeScope.Potential.Composite;

namespace TradeScope.Tests.Potential.Composite;

/// <summary>Small hierarchies and data for the composite-engine tests.</summary>
internal static class CompositeSamples
{
    /// <summary>INDEX ← P1 (i1 w 1, i2 w 3), P2 (i3 w 1); P1 weight 1, P2 weight 1; i3 has direction −1.</summary>
    public static CompositeHierarchy TwoPillars() =>
        CompositeHierarchy.Create([
            new("INDEX", "Index", null, 3, 1),
            new("P1", "Pillar 1", "INDEX", 2, 1),
            new("P2", "Pillar 2", "INDEX", 2, 1),
            new("i1", "i1", "P1", 1, 1),
            new("i2", "i2", "P1", 1, 3),
            new("i3", "i3", "P2", 1, 1, Direction: -1),
        ]);

    /// <summary>Units A, B, C: i1 = (0, 5, 10), i2 = (2, 4, 6), i3 = (30, 20, 10).</summary>
    public static CompositeData ThreeUnits() =>
        CompositeData.Of(
            ["A", "B", "C"],
            ["i1", "i2", "i3"],
            [
                [0, 2, 30],
                [5, 4, 20],
                [10, 6, 10],
            ]
        );

    /// <summary>A random hierarchy-shaped data set: <paramref name="units"/> × <paramref name="indicators"/> log-normal values.</summary>
    public static double[][] Random(int seed, int units, int indicators, double missing = 0)
    {
        var random = new Random(seed);
        return
        [
            .. Enumerable
                .Range(0, units)
                .Select(_ =>
                    Enumerable
                        .Range(0, indicators)
                        .Select(_ => random.NextDouble() < missing ? double.NaN : Math.Exp(2 * random.NextDouble()))
                        .ToArray()
                ),
        ];
    }

    /// <summary>One pillar per group of <paramref name="perPillar"/> indicators, equal meta weights.</summary>
    public static CompositeHierarchy Pillars(int pillars, int perPillar)
    {
        var nodes = new List<CompositeNode> { new("INDEX", "Index", null, 3, 1) };
        for (var p = 0; p < pillars; p++)
        {
            nodes.Add(new($"P{p}", $"P{p}", "INDEX", 2, 1));
            for (var k = 0; k < perPillar; k++)
                nodes.Add(new($"i{p}_{k}", $"i{p}_{k}", $"P{p}", 1, 1));
        }
        return CompositeHierarchy.Create(nodes);
    }

    public static CompositeData DataFor(CompositeHierarchy hierarchy, double[][] values) =>
        CompositeData.Of(
            [.. Enumerable.Range(0, values.Length).Select(u => $"U{u:000}")],
            [.. hierarchy.Indicators.Select(i => i.Code)],
            values
        );
}
