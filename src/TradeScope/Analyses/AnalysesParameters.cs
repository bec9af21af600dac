namespace TradeScope.Analyses;

/// <summary>
/// The names this folder gives its parameters in <see cref="Core.InputException.Argument"/>, so the library never
/// speaks the language of one front end: the command line maps each name to its option in one table
/// (TradeScope.Cli.OptionNames). Every constant needs a row there (a test checks it).
/// </summary>
public static class AnalysesParameters
{
    /// <summary>The years of a series.</summary>
    public const string Years = "years";

    /// <summary>The partners of a participation series.</summary>
    public const string Partners = "partners";

    /// <summary>The exporter (a country or a group).</summary>
    public const string Exporter = "exporter";

    /// <summary>The sectors or sector aggregates of the regression.</summary>
    public const string Sectors = "sectors";

    /// <summary>The partner group of the regression.</summary>
    public const string Group = "group";

    /// <summary>The exporters of the regression.</summary>
    public const string Countries = "countries";

    /// <summary>The reporter of trade indices.</summary>
    public const string Reporter = "reporter";

    /// <summary>The year of trade indices.</summary>
    public const string Year = "year";

    /// <summary>A GDP per capita table (<see cref="Data.GdpPerCapita"/>).</summary>
    public const string Gdp = "gdp";

    /// <summary>The first year of a period of trade indices.</summary>
    public const string From = "from";

    /// <summary>The end period of the lead coefficient.</summary>
    public const string To = "to";

    /// <summary>The bloc of the lead coefficient.</summary>
    public const string Bloc = "bloc";

    /// <summary>The product grouping of the lead coefficient.</summary>
    public const string By = "by";

    /// <summary>A product filter (e.g. <c>hs-section:VI</c>) applied before trade indices are computed.</summary>
    public const string Products = "products";

    /// <summary>The partner of a pair index (export similarity, trade complementarity).</summary>
    public const string Partner = "partner";

    /// <summary>The projection horizon of the export potential, years.</summary>
    public const string Horizon = "horizon";

    /// <summary>The annual growth of the exporter's market share in the export potential, %.</summary>
    public const string SupplyGrowth = "supply-growth";

    /// <summary>The annual growth of the markets' imports in the export potential, %.</summary>
    public const string DemandGrowth = "demand-growth";

    /// <summary>The elasticity of the tariff adjustment of the export potential.</summary>
    public const string TariffElasticity = "tariff-elasticity";

    /// <summary>The elasticity of the distance adjustment of the export potential.</summary>
    public const string DistanceElasticity = "distance-elasticity";
    /// <summary>The number of years of a gravity estimation window.</summary>
    public const string Window = "window";

    /// <summary>A scenario's shock file (JSON, docs/scenarios.md).</summary>
    public const string Shock = "shock";
}
