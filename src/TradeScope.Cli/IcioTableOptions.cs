using System.CommandLine;
using System.Globalization;
using TradeScope.Data;

namespace TradeScope.Cli;

/// <summary><c>--table</c>, <c>--tables</c> and <c>--layout</c> of the value-chain commands, generated from the layout
/// registry (<see cref="IcioLayouts.All"/>): the help lists every layout with its aliases and the bundled tables, and
/// the shell completes the layout names. A new layout needs no change here.</summary>
public static class IcioTableOptions
{
    /// <summary>The bundled tables used by default (the first layout with bundled tables).</summary>
    private static BundledIcioTables DefaultBundled => IcioLayouts.WithBundledTables.First().Bundled!;

    /// <summary><c>--table</c>: one table (a path in a layout, or bundled tables with an optional year).</summary>
    public static Option<string> Table() =>
        new("--table") { Description = TableDescription(), DefaultValueFactory = _ => DefaultBundled.Source };

    /// <summary><c>--tables</c>: a series of yearly tables (a directory in a layout, or bundled tables).</summary>
    public static Option<string> Tables() =>
        new("--tables") { Description = TablesDescription(), DefaultValueFactory = _ => DefaultBundled.Source };

    /// <summary><c>--layout</c> of the tables given by <paramref name="tableOption"/>.</summary>
    public static Option<string?> Layout(string tableOption)
    {
        var option = new Option<string?>("--layout") { Description = LayoutDescription(tableOption), HelpName = "layout" };
        option.CompletionSources.Add([.. IcioLayouts.AllNames]);
        return option;
    }

    /// <summary>"ICIO table: a directory with … (wiod2013 …), a file in the exvatools layout …, or
    /// bundled:wiod2013[:YEAR] (…)."</summary>
    public static string TableDescription()
    {
        var bundled = IcioLayouts.WithBundledTables.Select(l => $"{l.Bundled!.Source}[:YEAR] ({Bundled(l.Bundled)})");
        return $"ICIO table: {string.Join(", ", IcioLayouts.All.Select(l => l.TableHelp))}, or {string.Join(", ", bundled)}.";
    }

    /// <summary>"bundled:wiod2013 (default; …), a wiod2013 directory with …, or a directory of YYYY.csv(.gz) files in …."</summary>
    public static string TablesDescription()
    {
        var bundled = IcioLayouts.WithBundledTables.Select(l => $"{l.Bundled!.Source} ({Bundled(l.Bundled)})");
        var directories = IcioLayouts.All.Select(l => l.SeriesHelp).ToList();
        return $"{string.Join(", ", bundled)}, {string.Join(", ", directories.SkipLast(1))} or {directories[^1]}.";
    }

    /// <summary>"Table layout: wiod2013 (alias wiod; …); …. Required with a --table file or directory (bundled tables
    /// have their own: …)."</summary>
    public static string LayoutDescription(string tableOption)
    {
        var layouts = IcioLayouts.All.Select(l =>
            l.Aliases.Count == 0 ? $"{l.Name} ({l.Description})" : $"{l.Name} (alias {string.Join(", ", l.Aliases)}; {l.Description})"
        );
        var bundled = IcioLayouts.WithBundledTables.Select(l => $"{l.Bundled!.Source} is {l.Name}");
        return $"Table layout: {string.Join("; ", layouts)}. Required with a {tableOption} file or directory "
            + $"(bundled tables have their own: {string.Join(", ", bundled)}).";
    }

    private static string Bundled(BundledIcioTables b) =>
        string.Create(CultureInfo.InvariantCulture, $"{b.Description} release, {b.FirstYear}-{b.LastYear}, bundled");
}
