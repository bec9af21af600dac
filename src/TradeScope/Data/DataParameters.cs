namespace TradeScope.Data;

/// <summary>
/// The names this folder gives its parameters in <see cref="Core.InputException.Argument"/> and
/// <see cref="Core.InputException.Mention"/>, so the library never speaks the language of one front end: the command
/// line maps each name to its option in one table (TradeScope.Cli.OptionNames). Every constant needs a row there (a
/// test checks it).
/// </summary>
public static class DataParameters
{
    /// <summary>One ICIO table: a path or bundled tables (<see cref="IcioSource.Table"/>).</summary>
    public const string Table = "table";

    /// <summary>A series of yearly ICIO tables (<see cref="IcioSource.Series"/>).</summary>
    public const string Tables = "tables";

    /// <summary>The ICIO layout name (<see cref="IcioLayouts"/>).</summary>
    public const string Layout = "layout";

    /// <summary>A year of data or of a table.</summary>
    public const string Year = "year";

    /// <summary>Number of countries of a synthetic table (<see cref="SyntheticIcio"/>).</summary>
    public const string CountryCount = "country-count";

    /// <summary>Number of sectors of a synthetic table (<see cref="SyntheticIcio"/>).</summary>
    public const string SectorCount = "sector-count";

    /// <summary>A trade data file.</summary>
    public const string Data = "data";

    /// <summary>The reporting country of trade data (<see cref="TradeDataset"/>.RequireReporter).</summary>
    public const string Reporter = "reporter";

    /// <summary>A file of user-defined country groups (<see cref="UserGroupsJson"/>).</summary>
    public const string Groups = "groups";
}
