using System.Globalization;
using TradeScope.Core;
using TradeScope.Potential.Composite;
using TradeScope.Potential.ExportPotential;

namespace TradeScope.Analyses;

/// <summary>What drives a unit's rank: the pillars with the largest and smallest weighted gap to the average,
/// w̃_up · (s_up − s̄_p), w̃ the unit's re-scaled pillar weight, s the pillar score, s̄ its mean over the ranked units.</summary>
/// <param name="Strongest">The pillar with the largest gap (null when the unit has no pillar).</param>
/// <param name="StrongestGap">Its gap in index points.</param>
/// <param name="Weakest">The pillar with the smallest gap.</param>
/// <param name="WeakestGap">Its gap in index points.</param>
public sealed record RankDrivers(string? Strongest, double StrongestGap, string? Weakest, double WeakestGap);

/// <summary>One unit's result on the export-potential index.</summary>
/// <param name="Unit">The unit code.</param>
/// <param name="Score">The index score (0–100 under the default min–max normalisation).</param>
/// <param name="Rank">1 = highest potential.</param>
/// <param name="Interval">The Monte Carlo rank interval, or null without draws.</param>
/// <param name="PillarScores">Each pillar's score (NaN when the unit has no indicator of it).</param>
/// <param name="Contributions">Each pillar's contribution w̃·score to the index (sums to the score).</param>
/// <param name="Used">The pillars the unit's score rests on.</param>
/// <param name="Missing">The pillars of the run for which the unit has no data (not zero-filled: weights re-scaled).</param>
/// <param name="Drivers">What drives the rank.</param>
public sealed record PotentialUnitResult(
    string Unit,
    double Score,
    double Rank,
    RankInterval? Interval,
    IReadOnlyDictionary<string, double> PillarScores,
    IReadOnlyDictionary<string, double> Contributions,
    IReadOnlyList<string> Used,
    IReadOnlyList<string> Missing,
    RankDrivers Drivers
);

/// <summary>A run of the export-potential index.</summary>
/// <param name="Table">The indicator table behind it (all units, before the data rule).</param>
/// <param name="Pillars">The pillars of the run (those with data for some unit), in framework order.</param>
/// <param name="Hierarchy">The hierarchy given to the composite engine.</param>
/// <param name="Result">The engine's nominal result on the ranked units.</param>
/// <param name="Units">One result per ranked unit, best first.</param>
/// <param name="Excluded">Units not ranked and why.</param>
/// <param name="Draws">Monte Carlo draws (0 = none).</param>
/// <param name="Seed">The seed of the draws.</param>
/// <param name="Shift">A description of the scenario shift, or null for the nominal run.</param>
public sealed record PotentialRun(
    PotentialIndicatorTable Table,
    IReadOnlyList<PotentialPillar> Pillars,
    CompositeHierarchy Hierarchy,
    CompositeResult Result,
    IReadOnlyList<PotentialUnitResult> Units,
    IReadOnlyList<string> Excluded,
    int Draws,
    int Seed,
    string? Shift = null
)
{
    /// <summary>One unit's result, or null when it is not ranked.</summary>
    public PotentialUnitResult? Of(string unit) => Units.FirstOrDefault(u => u.Unit == unit);
}

/// <summary>
/// The export-potential index (docs/methods/export-potential-index.md): the indicator table → the composite engine's
/// layout (indicators level 1 under their pillars, pillars level 2 under the index) → the engine with its defaults
/// (min–max 0–100, arithmetic means, equal weights, missing pillars skipped with weights re-scaled) → ranks, Monte Carlo
/// intervals, contributions and drivers.
/// </summary>
public static class ExportPotentialWorkflow
{
    /// <summary>Reads or computes the indicators and scores them.</summary>
    /// <exception cref="InputException">Bad year, group, store, file, or a negative number of draws.</exception>
    public static PotentialRun Run(PotentialRequest request) =>
        Score(ExportPotentialInputs.Table(request), request.MonteCarlo, request.Seed);

    /// <summary>
    /// Scores a table: a unit is ranked when it has data for at least half of the run's pillars (rounded up); the others are
    /// listed in <see cref="PotentialRun.Excluded"/>.
    /// </summary>
    /// <exception cref="InputException">Negative draws, or no unit with enough data.</exception>
    public static PotentialRun Score(PotentialIndicatorTable table, int draws = 0, int seed = 1, string? shift = null)
    {
        if (draws < 0)
            throw InputException.Argument(
                PotentialParameters.MonteCarlo,
                draws.ToString(CultureInfo.InvariantCulture),
                "expected draws ≥ 0"
            );
        var columns = Enumerable.Range(0, table.Indicators.Count).Where(j => table.Values.Any(r => double.IsFinite(r[j]))).ToList();
        var pillars = PotentialFramework.Pillars.Where(p => columns.Any(j => table.Indicators[j].Pillar == p.Code)).ToList();
        if (pillars.Count == 0)
            throw new InputException("no indicator has a value for any unit; nothing to score");
        var needed = (pillars.Count + 1) / 2;
        var included = new List<int>();
        var excluded = table.Excluded.ToList();
        for (var u = 0; u < table.Units.Count; u++)
        {
            var withData = pillars.Count(p =>
                columns.Any(j => table.Indicators[j].Pillar == p.Code && double.IsFinite(table.Values[u][j]))
            );
            if (withData >= needed)
                included.Add(u);
            else
                excluded.Add($"{table.Units[u]} (data for {withData} of {pillars.Count} pillars; at least {needed} needed)");
        }
        if (included.Count == 0)
            throw new InputException($"no unit has data for at least {needed} of the {pillars.Count} pillars; nothing to rank");
        var hierarchy = Hierarchy(table, columns, pillars);
        var units = included.Select(u => table.Units[u]).ToList();
        var data = CompositeData.Of(
            units,
            [.. columns.Select(j => table.Indicators[j].Code)],
            [.. included.Select(u => columns.Select(j => table.Values[u][j]).ToArray())]
        );
        var settings = CompositeSettings.Default;
        var result = CompositeEngine.Compute(hierarchy, data, settings);
        var intervals =
            draws > 0
                ? new UncertaintyAnalysis(hierarchy, data, result, UncertaintyChoices.Default(settings)).MonteCarlo(draws, seed)
                : null;
        var rows = Units(result, pillars, intervals);
        return new PotentialRun(table, pillars, hierarchy, result, rows, excluded, draws, seed, shift);
    }

    /// <summary>
    /// A "what if" run for scenarios: the same table and settings with <paramref name="indicator"/> raised by
    /// <paramref name="delta"/> (in the indicator's own unit: a fraction for shares, so +5 percentage points is 0.05) for
    /// <paramref name="units"/> (all when null), re-normalised and re-aggregated. Example, a technology shift:
    /// <c>WithShift(run, PotentialFramework.TechShare, 0.05, ["KAZ"])</c>. Min–max bounds move only if the shifted value
    /// leaves the observed range.
    /// </summary>
    /// <exception cref="InputException">The indicator is not computed in the run (e.g. the technology share without a
    /// product store), or a unit is not in the table.</exception>
    public static PotentialRun WithShift(PotentialRun nominal, string indicator, double delta, IReadOnlyCollection<string>? units = null)
    {
        var shifted = nominal.Table.Shifted(indicator, delta, units);
        var who = units is null ? "all units" : string.Join(", ", units);
        var label = $"{indicator} {delta.ToString("+0.####;-0.####", CultureInfo.InvariantCulture)} ({who})";
        return Score(shifted, nominal.Draws, nominal.Seed, label);
    }

    private static CompositeHierarchy Hierarchy(
        PotentialIndicatorTable table,
        IReadOnlyList<int> columns,
        IReadOnlyList<PotentialPillar> pillars
    )
    {
        var nodes = new List<CompositeNode>();
        foreach (var j in columns)
        {
            var d = table.Indicators[j];
            nodes.Add(new CompositeNode(d.Code, d.Name.En, d.Pillar, 1, 1, d.Direction, d.Unit, d.Source.ToString()));
        }
        nodes.AddRange(pillars.Select(p => new CompositeNode(p.Code, p.Name.En, PotentialFramework.Root, 2, 1)));
        nodes.Add(new CompositeNode(PotentialFramework.Root, "Export potential index", null, 3, 1));
        return CompositeHierarchy.Create(nodes);
    }

    private static IReadOnlyList<PotentialUnitResult> Units(
        CompositeResult result,
        IReadOnlyList<PotentialPillar> pillars,
        IReadOnlyList<RankInterval>? intervals
    )
    {
        var ranks = result.Ranks;
        var index = result.Index.Values;
        var means = pillars.ToDictionary(
            p => p.Code,
            p => result.Scores[p.Code].Values.Where(double.IsFinite).DefaultIfEmpty(double.NaN).Average()
        );
        var rows = new List<PotentialUnitResult>();
        for (var u = 0; u < result.Units.Count; u++)
        {
            var scores = pillars.ToDictionary(p => p.Code, p => result.Scores[p.Code].Values[u]);
            var used = pillars.Where(p => double.IsFinite(scores[p.Code])).Select(p => p.Code).ToList();
            var missing = pillars.Where(p => !double.IsFinite(scores[p.Code])).Select(p => p.Code).ToList();
            var weightSum = used.Sum(p => result.Weights[p]);
            var contributions = pillars.ToDictionary(
                p => p.Code,
                p => double.IsFinite(scores[p.Code]) && weightSum > 0 ? result.Weights[p.Code] / weightSum * scores[p.Code] : double.NaN
            );
            var gaps = used.Select(p => (Pillar: p, Gap: result.Weights[p] / weightSum * (scores[p] - means[p])))
                .OrderByDescending(g => g.Gap)
                .ToList();
            var drivers =
                gaps.Count == 0
                    ? new RankDrivers(null, double.NaN, null, double.NaN)
                    : new RankDrivers(gaps[0].Pillar, gaps[0].Gap, gaps[^1].Pillar, gaps[^1].Gap);
            rows.Add(
                new PotentialUnitResult(result.Units[u], index[u], ranks[u], intervals?[u], scores, contributions, used, missing, drivers)
            );
        }
        return [.. rows.OrderBy(r => double.IsFinite(r.Rank) ? r.Rank : double.MaxValue).ThenBy(r => r.Unit, StringComparer.Ordinal)];
    }
}
