using System.Reflection;

namespace TradeScope.Reports.Formats;

/// <summary>
/// The files an HTML report inlines, embedded in this assembly (src/TradeScope/Reports/Html): the report's CSS, the
/// vendored Apache ECharts, topojson-client and world-atlas (versions, licences and sources in
/// Reports/Html/vendor/README.md), and TradeScope's own chart, table and page scripts. Read once, then shared.
/// </summary>
public static class HtmlAssets
{
    /// <summary>The vendored Apache ECharts version (npm <c>echarts</c>).</summary>
    public const string EchartsVersion = "6.1.0";

    /// <summary>The vendored npm <c>topojson-client</c> version.</summary>
    public const string TopojsonClientVersion = "3.1.0";

    /// <summary>The vendored npm <c>world-atlas</c> version (Natural Earth 4.1.0, 1:110m countries).</summary>
    public const string WorldAtlasVersion = "2.0.2";

    private static readonly Lazy<string> CssText = new(() => Read("report.css"));
    private static readonly Lazy<string> EchartsText = new(() => Read("echarts.min.js"));
    private static readonly Lazy<string> TopojsonText = new(() => Read("topojson-client.min.js"));
    private static readonly Lazy<string> WorldText = new(() => Read("countries-110m.json"));
    private static readonly Lazy<string> ChartsText = new(() => Read("tradescope-charts.js"));
    private static readonly Lazy<string> TablesText = new(() => Read("tradescope-tables.js"));
    private static readonly Lazy<string> ReportText = new(() => Read("tradescope-report.js"));

    /// <summary>The report's style sheet.</summary>
    public static string Css => CssText.Value;

    /// <summary>Apache ECharts, minified.</summary>
    public static string Echarts => EchartsText.Value;

    /// <summary>topojson-client, minified.</summary>
    public static string TopojsonClient => TopojsonText.Value;

    /// <summary>The world-atlas TopoJSON topology of the countries at 1:110m (ids: M49 codes).</summary>
    public static string WorldTopology => WorldText.Value;

    /// <summary>TradeScope's chart builders (<c>TradeScopeCharts</c>).</summary>
    public static string ChartsModule => ChartsText.Value;

    /// <summary>TradeScope's paged, sortable tables (<c>TradeScopeTables</c>).</summary>
    public static string TablesModule => TablesText.Value;

    /// <summary>The report page's start-up script.</summary>
    public static string ReportScript => ReportText.Value;

    /// <summary>The scripts of a report page in load order; topojson-client only where a map is drawn.</summary>
    public static IEnumerable<string> Scripts(bool withMap)
    {
        yield return Echarts;
        if (withMap)
            yield return TopojsonClient;
        yield return ChartsModule;
        yield return TablesModule;
        yield return ReportScript;
    }

    private static string Read(string name)
    {
        var resource = $"TradeScope.Html.{name}";
        using var stream =
            Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"embedded resource {resource} is missing (a build error)");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();
        if (text.Contains("</script", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"{name} contains </script and cannot be inlined");
        return text;
    }
}
