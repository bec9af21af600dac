using System.Globalization;
using TradeScope.Core;
using TradeScope.Potential.ExportPotential;

namespace TradeScope.Analyses;

/// <summary>The technology shift of a scenario: the reporter on the export-potential index before and after.</summary>
/// <param name="Unit">The reporter's ISO3 code (the index's unit).</param>
/// <param name="Year">The index's data year.</param>
/// <param name="Points">The shift asked for, percentage points.</param>
/// <param name="ShareBefore">The reporter's share of medium- and high-technology exports, a fraction.</param>
/// <param name="ShareAfter">The shifted share, kept within 0–1.</param>
/// <param name="Before">The reporter on the nominal index.</param>
/// <param name="After">The reporter on the index with the shifted share.</param>
/// <param name="UnitsRanked">How many units the index ranks.</param>
/// <param name="RanksChanged">How many units change rank (the reporter and those it passes or falls behind).</param>
public sealed record TechnologyShiftResult(
    string Unit,
    int Year,
    double Points,
    double ShareBefore,
    double ShareAfter,
    PotentialUnitResult Before,
    PotentialUnitResult After,
    int UnitsRanked,
    int RanksChanged
)
{
    /// <summary>True when the share would have left 0–1 and was held at the bound.</summary>
    public bool Capped => Math.Abs(ShareAfter - ShareBefore - Points / 100) > 1e-12;
}

/// <summary>
/// The technology-shift part of a scenario (docs/scenarios.md#technology-shift): the export-potential index of the year
/// (<see cref="ExportPotentialWorkflow"/>, docs/methods/export-potential-index.md) is computed twice, once as it is and once with
/// the reporter's share of medium- and high-technology exports (<see cref="PotentialFramework.TechShare"/>) raised by x points,
/// s′ = min(max(s + x/100, 0), 1); everything else (other units, other indicators, normalisation bounds unless s′ leaves the
/// observed range, weights, aggregation) stays. The answer is the change in the reporter's score, rank and pillar contributions.
/// </summary>
public static class TechnologyShiftScenario
{
    /// <summary>Computes the index with and without the shift.</summary>
    /// <param name="shock">The shock file (errors are located in it).</param>
    /// <param name="shift">The shift.</param>
    /// <param name="reporter">The reporter (a country: the index's unit).</param>
    /// <param name="request">The index's inputs: year, product store or user indicator values.</param>
    /// <exception cref="InputException">The share is not computed (no product store or user values), the reporter has no share
    /// or is not ranked.</exception>
    public static TechnologyShiftResult Run(ScenarioShock shock, TechnologyShift shift, CountryCode reporter, PotentialRequest request)
    {
        const string at = "$.technology_shift";
        var nominal = ExportPotentialWorkflow.Run(request);
        var table = nominal.Table;
        var j = table.IndexOf(PotentialFramework.TechShare);
        if (j < 0 || table.Values.All(row => !double.IsFinite(row[j])))
            throw shock.ErrorAt(
                at,
                "needs the share of medium- and high-technology exports, which is computed from a product store: give "
                    + $"{InputException.Mention(PotentialParameters.Db)} PATH (filled by the import command), or "
                    + $"{InputException.Mention(PotentialParameters.Pillars)} FILE with a {PotentialFramework.TechShare} column "
                    + "(docs/scenarios.md#technology-shift)"
            );
        var unit = reporter.Value;
        var u = IndexOfUnit(table.Units, unit);
        var year = request.Year.ToString(CultureInfo.InvariantCulture);
        if (u < 0 || !double.IsFinite(table.Values[u][j]))
            throw shock.ErrorAt(
                at,
                $"{unit} has no share of medium- and high-technology exports in {year} in the data given; import its exports of the "
                    + "year into the product store, or give its value in the pillars file"
            );
        var before =
            nominal.Of(unit)
            ?? throw shock.ErrorAt(at, $"{unit} is not ranked by the export-potential index of {year}: {Exclusion(nominal, unit)}");
        var share = table.Values[u][j];
        var shifted = Math.Clamp(share + shift.Points / 100, 0, 1);
        var run = ExportPotentialWorkflow.WithShift(nominal, PotentialFramework.TechShare, shifted - share, [unit]);
        var after = run.Of(unit)!;
        var changed = nominal.Units.Count(n => run.Of(n.Unit) is { } a && a.Rank != n.Rank);
        return new TechnologyShiftResult(unit, request.Year, shift.Points, share, shifted, before, after, nominal.Units.Count, changed);
    }

    /// <summary>The assumptions of the shift with their values.</summary>
    public static IEnumerable<(string Key, Bilingual Text)> Assumptions(TechnologyShiftResult result, PotentialRequest request)
    {
        string F(double v) => v.ToString("0.0###", CultureInfo.InvariantCulture);
        var capped = result.Capped ? " (held within 0-100 %)" : "";
        yield return (
            "technology_shift",
            Bilingual.Same(
                $"{PotentialFramework.TechShare} of {result.Unit} +{F(result.Points)} points: {F(100 * result.ShareBefore)} % → "
                    + $"{F(100 * result.ShareAfter)} %{capped}; other units and indicators unchanged"
            )
        );
        // File names, not paths: the table is data (paths are in the provenance), the same wherever it runs.
        var source = (request.DbPath, request.PillarsPath) switch
        {
            ({ } db, null) => $"HS6 exports in the product store {Path.GetFileName(db)} by OECD technology class",
            ({ } db, { } p) => $"HS6 exports in the product store {Path.GetFileName(db)}; values in {Path.GetFileName(p)} replace them",
            (null, { } p) => $"the user's indicator values in {Path.GetFileName(p)}",
            _ => "none",
        };
        yield return ("technology_share_source", Bilingual.Same(source));
        yield return (
            "technology_index",
            Bilingual.Same(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"export-potential index of {result.Year}: {result.UnitsRanked} units ranked, {result.RanksChanged} change rank"
                ) + "; min-max 0-100, arithmetic means, equal weights, missing pillars skipped with weights re-scaled"
            )
        );
    }

    private static int IndexOfUnit(IReadOnlyList<string> units, string unit)
    {
        for (var u = 0; u < units.Count; u++)
            if (string.Equals(units[u], unit, StringComparison.OrdinalIgnoreCase))
                return u;
        return -1;
    }

    private static string Exclusion(PotentialRun run, string unit) =>
        run.Excluded.FirstOrDefault(e => e.StartsWith(unit, StringComparison.OrdinalIgnoreCase)) ?? "not enough data";
}
