using System.Globalization;
using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data;

/// <summary>
/// One ICIO table layout TradeScope reads (docs/icio-generic-layout.md describes them): its name and aliases, what it
/// looks like, how a year's table of a series is found in a directory, and its reader. Every layout is listed once in
/// <see cref="IcioLayouts.All"/>; command-line choices, help texts and error messages are generated from that list.
/// </summary>
/// <param name="Name">Name on the command line (<c>--layout NAME</c>), lower case.</param>
/// <param name="Aliases">Other accepted names (case-insensitive).</param>
/// <param name="Description">What the layout is, in a few words (help of <c>--layout</c>).</param>
/// <param name="TableHelp">What one table in this layout is (help of <c>--table</c>), e.g. "a file (generic layout)".</param>
/// <param name="SeriesHelp">What a directory of yearly tables in this layout holds (help of <c>--tables</c>).</param>
/// <param name="ReadTable">Reads one table: (path, year or null) → validated table.</param>
/// <param name="LocateYear">In a directory of yearly tables: (directory, year) → the source to read (null when absent)
/// and the file expected, for the message when it is absent.</param>
/// <param name="Bundled">The tables of this layout bundled with TradeScope, if any.</param>
public sealed record IcioLayout(
    string Name,
    IReadOnlyList<string> Aliases,
    string Description,
    string TableHelp,
    string SeriesHelp,
    Func<string, int?, IcioTable> ReadTable,
    Func<string, int, (string? Source, string Expected)> LocateYear,
    BundledIcioTables? Bundled = null
)
{
    /// <summary>WIOD 2013 release (<see cref="Data.Wiod2013"/>).</summary>
    public static IcioLayout Wiod2013 => Data.Wiod2013.Layout;

    /// <summary>OECD ICIO tables (<see cref="OecdIcioLayout"/>).</summary>
    public static IcioLayout Oecd => OecdIcioLayout.Layout;

    /// <summary>exvatools test layout (<see cref="ExvatoolsLayout"/>).</summary>
    public static IcioLayout Exvatools => ExvatoolsLayout.Layout;

    /// <summary>Generic long CSV (<see cref="GenericIcioLayout"/>).</summary>
    public static IcioLayout Generic => GenericIcioLayout.Layout;

    /// <summary>Every name the layout answers to: <see cref="Name"/> then <see cref="Aliases"/>.</summary>
    public IEnumerable<string> Names => [Name, .. Aliases];

    /// <summary>The usual way a series of one-file tables is kept: DIR/YYYY.csv, or DIR/YYYY.csv.gz.</summary>
    public static (string? Source, string Expected) YearCsv(string directory, int year)
    {
        var path = Path.Combine(directory, year.ToString(CultureInfo.InvariantCulture) + ".csv");
        if (File.Exists(path))
            return (path, path);
        return File.Exists(path + ".gz") ? (path + ".gz", path) : (null, path);
    }

    /// <summary>The layout's name.</summary>
    public override string ToString() => Name;
}

/// <summary>Tables of one layout bundled with TradeScope, named <c>bundled:NAME[:YEAR]</c>.</summary>
/// <param name="Name">The NAME in <c>bundled:NAME</c>.</param>
/// <param name="Description">What they are, e.g. "WIOD 2013" (messages: "the bundled WIOD 2013 tables cover …").</param>
/// <param name="FirstYear">First bundled year.</param>
/// <param name="LastYear">Last bundled year.</param>
/// <param name="DefaultYear">The year read when none is given.</param>
/// <param name="Has">True when a year is bundled.</param>
/// <param name="Read">Reads a bundled year (an <see cref="InputException"/> when it is not bundled).</param>
public sealed record BundledIcioTables(
    string Name,
    string Description,
    int FirstYear,
    int LastYear,
    int DefaultYear,
    Func<int, bool> Has,
    Func<int, IcioTable> Read
)
{
    /// <summary><c>bundled:NAME</c>: the whole series.</summary>
    public string Source => IcioSource.BundledPrefix + Name;

    /// <summary><c>bundled:NAME:YEAR</c>: one year.</summary>
    public string SourceOf(int year) => Source + ":" + year.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The registry of ICIO layouts: adding a layout means adding its file (with its <see cref="IcioLayout"/>) and
/// one row to <see cref="All"/>.</summary>
public static class IcioLayouts
{
    /// <summary>Every layout, in the order shown to users.</summary>
    public static IReadOnlyList<IcioLayout> All { get; } =
    [Wiod2013.Layout, OecdIcioLayout.Layout, ExvatoolsLayout.Layout, GenericIcioLayout.Layout];

    /// <summary>The layout names as choices: <c>wiod2013|oecd|exvatools|generic</c>.</summary>
    public static string Choices => string.Join("|", All.Select(l => l.Name));

    /// <summary>Every name and alias (for completion on the command line).</summary>
    public static IReadOnlyList<string> AllNames => All.SelectMany(l => l.Names).ToList();

    /// <summary>The layouts that have bundled tables.</summary>
    public static IEnumerable<IcioLayout> WithBundledTables => All.Where(l => l.Bundled is not null);

    /// <summary>The layout called <paramref name="text"/> (name or alias, case-insensitive), or null.</summary>
    public static IcioLayout? Find(string? text)
    {
        var name = text?.Trim();
        return All.FirstOrDefault(l => l.Names.Any(n => n.Equals(name, StringComparison.OrdinalIgnoreCase)));
    }
}

/// <summary>
/// The one parser of table sources: <c>bundled:NAME[:YEAR]</c> (tables bundled with TradeScope, e.g.
/// <c>bundled:wiod2013:2005</c>), or a path (a file or a directory, read in the layout the user names).
/// </summary>
/// <param name="Text">As given.</param>
/// <param name="BundledLayout">The layout whose bundled tables are named; null for a path.</param>
/// <param name="Year">The year in <c>bundled:NAME:YEAR</c>, or null.</param>
public sealed record IcioSource(string Text, IcioLayout? BundledLayout, int? Year)
{
    /// <summary>The prefix of bundled tables.</summary>
    public const string BundledPrefix = "bundled:";

    /// <summary>True when <paramref name="text"/> names bundled tables (whether or not they exist).</summary>
    public static bool IsBundled(string text) => text.StartsWith(BundledPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The bundled tables of <paramref name="text"/> (<c>bundled:NAME…</c>); when NAME is unknown, the first
    /// layout with bundled tables (parsing the source then says which names exist).</summary>
    public static IcioLayout BundledLayoutOf(string text)
    {
        var name = text[BundledPrefix.Length..].Split(':')[0];
        var bundled = IcioLayouts.WithBundledTables.ToList();
        return bundled.FirstOrDefault(l => l.Bundled!.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) ?? bundled[0];
    }

    /// <summary>One table: a path or <c>bundled:NAME[:YEAR]</c>.</summary>
    /// <param name="parameter">The parameter <paramref name="text"/> came from (named in errors).</param>
    /// <exception cref="InputException">"bundled tables are bundled:wiod2013[:YEAR]", "year is not a number".</exception>
    public static IcioSource Table(string text, string parameter)
    {
        if (!IsBundled(text))
            return new IcioSource(text, null, null);
        var parts = text.Split(':');
        var layout = parts.Length is 2 or 3 ? Named(parts[1]) : null;
        if (layout is null)
            throw InputException.Argument(parameter, text, $"bundled tables are {BundledChoices(":YEAR")}");
        if (parts.Length == 2)
            return new IcioSource(text, layout, null);
        if (!int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
            throw InputException.Argument(parameter, text, "year is not a number");
        return new IcioSource(text, layout, year);
    }

    /// <summary>A series of yearly tables: a directory or <c>bundled:NAME</c> (no year).</summary>
    /// <exception cref="InputException">"the bundled tables are bundled:wiod2013".</exception>
    public static IcioSource Series(string text, string parameter)
    {
        if (!IsBundled(text))
            return new IcioSource(text, null, null);
        var parts = text.Split(':');
        return (parts.Length == 2 ? Named(parts[1]) : null) is { } layout
            ? new IcioSource(text, layout, null)
            : throw InputException.Argument(parameter, text, $"the bundled tables are {BundledChoices("")}");
    }

    /// <summary>"bundled:wiod2013[:YEAR]" (several bundled sets joined by " or ").</summary>
    private static string BundledChoices(string year) =>
        string.Join(
            " or ",
            IcioLayouts.WithBundledTables.Select(l => year.Length == 0 ? l.Bundled!.Source : $"{l.Bundled!.Source}[{year}]")
        );

    private static IcioLayout? Named(string name) =>
        IcioLayouts.WithBundledTables.FirstOrDefault(l => l.Bundled!.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
}
