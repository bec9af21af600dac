using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Potential.ExportPotential;

namespace TradeScope.Analyses;

/// <summary>What <c>tradescope potential</c> asks for.</summary>
/// <param name="Year">The data year.</param>
/// <param name="UnitsPath">A CSV of units' indicator values (regions); null = every country with data.</param>
/// <param name="PillarsPath">A CSV of extra indicator values by unit; null = none.</param>
/// <param name="DbPath">The product store; null = the product-based indicators are not computed.</param>
/// <param name="Source">The store's source; null = the one holding the year.</param>
/// <param name="Sanctions">The sanctioning group's ID.</param>
/// <param name="GroupsPath">Extra country groups, or null.</param>
/// <param name="MonteCarlo">Monte Carlo draws for rank intervals (0 = none).</param>
/// <param name="Seed">The seed of the draws.</param>
public sealed record PotentialRequest(
    int Year,
    string? UnitsPath = null,
    string? PillarsPath = null,
    string? DbPath = null,
    string? Source = null,
    string Sanctions = "RU_UNFRIENDLY",
    string? GroupsPath = null,
    int MonteCarlo = 0,
    int Seed = 1
);

/// <summary>The indicator table of a request: computed from the data for countries, or read from the user's file of
/// units, with the user's extra columns merged in.</summary>
public static class ExportPotentialInputs
{
    /// <summary>The indicator table of the request.</summary>
    /// <exception cref="InputException">Bad year, group, store or file (file:line).</exception>
    public static PotentialIndicatorTable Table(PotentialRequest request)
    {
        var table = request.UnitsPath is { } units
            ? PotentialIndicatorTables.FromUnits(IndicatorValuesFile.Load(units), request.Year)
            : PotentialIndicatorTables.FromData(
                new PotentialDataRequest(
                    request.Year,
                    request.Sanctions,
                    DbPath: request.DbPath,
                    Source: request.Source,
                    GroupsPath: request.GroupsPath
                )
            );
        return request.PillarsPath is { } pillars
            ? PotentialIndicatorTables.WithUserValues(table, IndicatorValuesFile.Load(pillars))
            : table;
    }
}
