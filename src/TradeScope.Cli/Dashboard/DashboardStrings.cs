using System.Collections;
using System.Globalization;
using System.Resources;

namespace TradeScope.Cli.Dashboard;

/// <summary>
/// The dashboard's own labels (views, fields, buttons) in English (DashboardStrings.resx) and Russian
/// (DashboardStrings.ru.resx); the reports it shows carry the library's phrases. Served to the page as one JSON object.
/// </summary>
internal static class DashboardStrings
{
    private static readonly ResourceManager Manager = new("TradeScope.Cli.Dashboard.DashboardStrings", typeof(DashboardStrings).Assembly);

    /// <summary>Every label in <paramref name="language"/> ("ru", else English), by key.</summary>
    public static IReadOnlyDictionary<string, string> For(string? language)
    {
        var culture = language == "ru" ? CultureInfo.GetCultureInfo("ru") : CultureInfo.InvariantCulture;
        var set =
            Manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"dashboard labels for '{culture.Name}' are missing from the assembly");
        return set.Cast<DictionaryEntry>()
            .OrderBy(e => (string)e.Key, StringComparer.Ordinal)
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }
}
