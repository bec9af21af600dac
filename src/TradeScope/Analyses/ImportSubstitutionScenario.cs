using System.Globalization;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.LinearAlgebra;
using TradeScope.Model;
using TradeScope.ValueChains;

namespace TradeScope.Analyses;

/// <summary>The import-substitution part of a scenario and the table it ran on.</summary>
/// <param name="Result">Baseline and scenario measures of the reporter (<see cref="ImportSubstitutionAnalysis"/>).</param>
/// <param name="TableChoice">Which table was used and why (e.g. the latest bundled year, for want of the scenario's year).</param>
public sealed record ImportSubstitutionScenarioResult(ImportSubstitutionResult Result, string TableChoice);

/// <summary>
/// The import-substitution part of a scenario (docs/scenarios.md#import-substitution): the reporter's foreign intermediate inputs
/// of the chosen industries cut by x % and bought at home in an ICIO table, by the same analysis as the import-substitution
/// command (<see cref="ImportSubstitutionAnalysis"/>, docs/methods/value-chains.md#import-substitution). The table is the one the
/// shock names, else the bundled tables: of the scenario's year when they have it, else the latest available (WIOD 2011).
/// </summary>
public static class ImportSubstitutionScenario
{
    /// <summary>Reads the table and runs the cut for the reporter.</summary>
    /// <exception cref="InputException">Bad table, year not in the table, the reporter not a country of the table, an unknown
    /// industry; located in the shock file.</exception>
    /// <exception cref="NumericalException">A singular Leontief system.</exception>
    public static ImportSubstitutionScenarioResult Run(
        ScenarioShock shock,
        ImportSubstitutionShock part,
        CountryCode reporter,
        int scenarioYear,
        ILinearAlgebra provider
    )
    {
        const string at = "$.import_substitution";
        var (table, choice) = Table(shock, part, scenarioYear);
        var partition = EconomyPartition.ByCountry(table);
        if (partition.IndexOf(IcioReader.NormaliseCountry(reporter.Value)) < 0)
            throw shock.ErrorAt(
                part.Table is null ? at : $"{at}.table",
                $"{reporter} is not a country of {choice}; its countries are {string.Join(" ", partition.Names)}. Give a table "
                    + "with the reporter in \"table\" (e.g. OECD ICIO, which has RUS, KAZ and BLR)"
            );
        for (var i = 0; i < part.Industries.Count; i++)
            if (table.SectorIndex(part.Industries[i].Trim()) < 0)
                throw shock.ErrorAt(
                    $"{at}.industries[{i}]",
                    $"'{part.Industries[i]}' is not a sector of {choice}; its sectors are {string.Join(" ", table.Sectors)}"
                );
        var result = ImportSubstitutionAnalysis.Run(table, reporter.Value, part.Industries, part.CutPct, provider);
        return new ImportSubstitutionScenarioResult(result, choice);
    }

    /// <summary>The table of the shock and a description of the choice. A table file's own errors name the file and line; the
    /// choice of bundled tables and years is checked here and located in the shock file.</summary>
    private static (IcioTable Table, string Choice) Table(ScenarioShock shock, ImportSubstitutionShock part, int scenarioYear)
    {
        const string at = "$.import_substitution";
        if (part.Table is { } path && !IcioSource.IsBundled(path))
        {
            var layout = IcioReader.ParseLayout(part.Layout);
            var table = IcioReader.Read(path, layout, part.Year);
            var year = table.Year is { } y ? " " + y.ToString(CultureInfo.InvariantCulture) : "";
            return (table, $"{Path.GetFileName(path)} ({layout.Name}{year})");
        }
        IcioSource source;
        try
        {
            source = IcioSource.Table(part.Table ?? DefaultTables.Source, DataParameters.Table);
        }
        catch (InputException)
        {
            throw shock.ErrorAt($"{at}.table", $"'{part.Table}': expected a table path or {DefaultTables.Source}[:YEAR]");
        }
        var bundled = source.BundledLayout!.Bundled!;
        if (source.Year is not null && part.Year is not null && source.Year != part.Year)
            throw shock.ErrorAt($"{at}.year", $"differs from the year in \"table\" ({part.Table}); give one of them");
        var chosen = source.Year ?? part.Year ?? (bundled.Has(scenarioYear) ? scenarioYear : bundled.LastYear);
        if (!bundled.Has(chosen))
            throw shock.ErrorAt(
                part.Year is null ? $"{at}.table" : $"{at}.year",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"no bundled {bundled.Description} table for {chosen}; they cover {bundled.FirstYear}-{bundled.LastYear}"
                )
            );
        var why =
            source.Year is not null || part.Year is not null ? "as asked"
            : chosen == scenarioYear ? "the scenario's year"
            : string.Create(CultureInfo.InvariantCulture, $"the latest available; the bundled tables end before {scenarioYear}");
        var text = string.Create(CultureInfo.InvariantCulture, $"{bundled.Description} table of {chosen} ({why})");
        return (bundled.Read(chosen), text);
    }

    /// <summary>The bundled tables used when the shock names none.</summary>
    private static BundledIcioTables DefaultTables => IcioLayouts.WithBundledTables.First().Bundled!;
}
