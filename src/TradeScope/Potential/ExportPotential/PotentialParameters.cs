namespace TradeScope.Potential.ExportPotential;

/// <summary>
/// The names the export-potential index gives its parameters in <see cref="Core.InputException.Argument"/>; the command
/// line maps each to its option (TradeScope.Cli.OptionNames).
/// </summary>
public static class PotentialParameters
{
    /// <summary>The data year.</summary>
    public const string Year = "potential-year";

    /// <summary>The sanctioning group.</summary>
    public const string Sanctions = "sanctions";

    /// <summary>The units: countries, or a file of regions' indicator values.</summary>
    public const string Units = "units";

    /// <summary>A file of user indicator values (institutions, value chains, …).</summary>
    public const string Pillars = "pillars";

    /// <summary>The product store.</summary>
    public const string Db = "potential-db";

    /// <summary>The number of Monte Carlo draws.</summary>
    public const string MonteCarlo = "potential-mc";
}
