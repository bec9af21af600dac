namespace TradeScope.ValueChains;

/// <summary>
/// The names this folder gives its parameters in <see cref="Core.InputException.Argument"/>, so the library never
/// speaks the language of one front end: the command line maps each name to its option in one table
/// (TradeScope.Cli.OptionNames). Every constant needs a row there (a test checks it).
/// </summary>
public static class ValueChainParameters
{
    /// <summary>The exporter (a country or a group).</summary>
    public const string Exporter = "exporter";

    /// <summary>The decomposition method (<see cref="Decompositions.GvcMethods"/>).</summary>
    public const string Method = "method";

    /// <summary>The sector aggregation: all, standard or a CSV path (<see cref="SectorAggregation"/>).</summary>
    public const string Sectors = "sectors";

    /// <summary>The VAXIM variant of the sink-based Borin–Mancini decomposition (<see cref="Decompositions.VaximVariant"/>).</summary>
    public const string Vaxim = "vaxim";

    /// <summary>The economy of an import-substitution experiment (<see cref="ImportSubstitution"/>).</summary>
    public const string Economy = "economy";

    /// <summary>The using industries whose foreign inputs an import-substitution experiment cuts (sector codes).</summary>
    public const string Industries = "industries";

    /// <summary>The cut of an import-substitution experiment.</summary>
    public const string Cut = "cut";
}
