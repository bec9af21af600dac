using TradeScope.Core;
using TradeScope.Resources;

namespace TradeScope.Reports;

/// <summary>The kinds of chart a <see cref="ChartHint"/> asks for; each is one builder of the JavaScript module
/// <c>TradeScopeCharts</c> (src/TradeScope/Reports/Html/tradescope-charts.js).</summary>
public enum ChartKind
{
    /// <summary>Horizontal bars of <see cref="ChartHint.Value"/>, largest first (the top <see cref="ChartHint.Top"/>), with
    /// the neutral value as a dashed line and, where given, each row's own neutral value as a marker.</summary>
    Bars,

    /// <summary>One point per row at (<see cref="ChartHint.X"/>, <see cref="ChartHint.Y"/>), dashed lines at the neutral values.</summary>
    Scatter,

    /// <summary>Stacked bars: <see cref="ChartHint.Value"/> summed by category (<see cref="ChartHint.Label"/>) and segment
    /// (<see cref="ChartHint.Series"/>), the largest categories first.</summary>
    Stacked,

    /// <summary>Grouped vertical bars: categories (<see cref="ChartHint.Label"/>) with one bar per series.</summary>
    Grouped,

    /// <summary>Lines over <see cref="ChartHint.X"/> (years), one per series.</summary>
    Lines,

    /// <summary>Coefficient plot: estimates (<see cref="ChartHint.Value"/>) with confidence intervals from
    /// <see cref="ChartHint.StdError"/> (± 1.96 standard errors) or from <see cref="ChartHint.Lower"/>/<see
    /// cref="ChartHint.Upper"/>.</summary>
    Coefficients,

    /// <summary>World map coloured by <see cref="ChartHint.Value"/>, countries found by the ISO3 codes of
    /// <see cref="ChartHint.Iso3"/>.</summary>
    Map,
}

/// <summary>Keeps the rows of a chart whose cell in <paramref name="Column"/> is one of <paramref name="Values"/> (cells
/// as the HTML data holds them: text in the report's language, "" for an empty cell), or, with <see cref="Except"/>, is
/// none of them.</summary>
public sealed record ChartFilter(string Column, IReadOnlyList<string> Values)
{
    /// <summary>True to keep the rows whose cell is none of <see cref="Values"/>.</summary>
    public bool Except { get; init; }

    /// <summary>Rows whose cell is empty.</summary>
    public static ChartFilter Empty(string column) => new(column, [""]);

    /// <summary>Rows whose cell is not empty.</summary>
    public static ChartFilter NotEmpty(string column) => new(column, [""]) { Except = true };
}

/// <summary>
/// A chart a report asks for, drawn from the table that carries it (<see cref="ReportTable.Charts"/>) by HTML reports
/// and the dashboard; the table stays the chart's text alternative. Columns are named by their keys. Formats without
/// charts (CSV, JSON, Markdown, XLSX) ignore hints, so adding one changes no other output.
/// </summary>
/// <param name="Kind">The chart's kind.</param>
/// <param name="Title">The chart's title.</param>
public sealed record ChartHint(ChartKind Kind, Bilingual Title)
{
    /// <summary>Columns whose cells, joined by " · ", name a bar, a point or a category.</summary>
    public IReadOnlyList<string> Label { get; init; } = [];

    /// <summary>The value column (bars, stacked and grouped bars, lines, map; the estimate of a coefficient plot).</summary>
    public string? Value { get; init; }

    /// <summary>The horizontal column of a scatter, or the ordered x column (years) of lines.</summary>
    public string? X { get; init; }

    /// <summary>The vertical column of a scatter.</summary>
    public string? Y { get; init; }

    /// <summary>Columns whose cells, joined, split the values into series (stack segments, bar groups, lines).</summary>
    public IReadOnlyList<string> Series { get; init; } = [];

    /// <summary>The standard-error column of a coefficient plot (interval = estimate ± 1.96 standard errors).</summary>
    public string? StdError { get; init; }

    /// <summary>The lower bound column of a coefficient plot's intervals (with <see cref="Upper"/>).</summary>
    public string? Lower { get; init; }

    /// <summary>The upper bound column of a coefficient plot's intervals.</summary>
    public string? Upper { get; init; }

    /// <summary>The neutral value of <see cref="Value"/> (e.g. 1 for ESI, 0 for STI), drawn as a dashed line.</summary>
    public double? Neutral { get; init; }

    /// <summary>A column with each row's own neutral value (e.g. the symmetric TII's), drawn as markers.</summary>
    public string? NeutralColumn { get; init; }

    /// <summary>The neutral value of a scatter's horizontal axis.</summary>
    public double? NeutralX { get; init; }

    /// <summary>The neutral value of a scatter's vertical axis.</summary>
    public double? NeutralY { get; init; }

    /// <summary>Rows drawn (all filters must pass); the table shows every row.</summary>
    public IReadOnlyList<ChartFilter> Filters { get; init; } = [];

    /// <summary>At most this many bars, categories or lines (null = the builder's default).</summary>
    public int? Top { get; init; }

    /// <summary>The horizontal axis title with its unit (null = the header of the plotted column).</summary>
    public Bilingual? XTitle { get; init; }

    /// <summary>The vertical axis title with its unit (null = the header of the plotted column, or none for categories).</summary>
    public Bilingual? YTitle { get; init; }

    /// <summary>The column of ISO3 country codes of a map.</summary>
    public string? Iso3 { get; init; }

    /// <summary>Every column key the hint names (a hint naming a missing column is a bug, checked when rendering).</summary>
    public IEnumerable<string> Columns =>
        Label
            .Concat(Series)
            .Concat(Filters.Select(f => f.Column))
            .Concat(new[] { Value, X, Y, StdError, Lower, Upper, NeutralColumn, Iso3 }.OfType<string>());

    /// <summary>Ranked bars of an index against its neutral value (a ratio whose neutral value is
    /// <paramref name="neutral"/>): title "{header}: ranked, with the neutral value", axis "{header} (ratio; neutral value N)".</summary>
    public static ChartHint RankedIndex(ReportColumn value, string label, Bilingual labelTitle, double neutral, int top = 40) =>
        new(ChartKind.Bars, Strings.Format(nameof(Strings.HtmlChartRanked), value.Header))
        {
            Label = [label],
            Value = value.Key,
            Neutral = neutral,
            Top = top,
            XTitle = IndexAxis(value, neutral),
            YTitle = labelTitle,
        };

    /// <summary>A world map of a partner-level column: title "{header} on the world map".</summary>
    public static ChartHint WorldMap(ReportColumn value, string iso3, string label, double? neutral = null) =>
        new(ChartKind.Map, Strings.Format(nameof(Strings.HtmlChartMap), value.Header))
        {
            Label = [label],
            Value = value.Key,
            Iso3 = iso3,
            Neutral = neutral,
            XTitle = neutral is { } n ? IndexAxis(value, n) : value.Header,
        };

    /// <summary>A coefficient plot: estimates with 95 % confidence intervals (± 1.96 standard errors), one row per
    /// estimate named by <paramref name="label"/>, the intercept left out.</summary>
    public static ChartHint CoefficientPlot(Bilingual title, IReadOnlyList<string> label, string termColumn, params string[] terms) =>
        new(ChartKind.Coefficients, title)
        {
            Label = label,
            Value = "estimate",
            StdError = "std_error",
            Filters = terms.Length > 0 ? [new(termColumn, terms)] : [new(termColumn, ["(Intercept)"]) { Except = true }],
            Top = 80,
        };

    /// <summary>The axis title of an index: "{header} (ratio; neutral value N)", or for introversion indices (neutral value 0,
    /// range −1 to 1) "{header} (from −1 to 1; neutral value 0)".</summary>
    public static Bilingual IndexAxis(ReportColumn value, double neutral) =>
        neutral == 0
            ? Strings.Format(nameof(Strings.HtmlAxisIntroversion), value.Header)
            : Strings.Format(
                nameof(Strings.HtmlAxisRatio),
                value.Header,
                neutral.ToString(System.Globalization.CultureInfo.InvariantCulture)
            );
}
