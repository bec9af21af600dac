using System.Collections.Frozen;
using System.Globalization;
using TradeScope.Core;

namespace TradeScope.Data;

/// <summary>Why a GDP per capita value is NaN.</summary>
public enum GdpMissingReason
{
    /// <summary>The value is present.</summary>
    None,

    /// <summary>The economy is not in the table (an aggregate such as WLD, a non-ISO code such as WIOD's ROM, or a typo).</summary>
    UnknownEconomy,

    /// <summary>The year lies outside the table's years (bundled: 1995–2022).</summary>
    YearOutsideCoverage,

    /// <summary>The economy is in the table but the World Bank reports no value for that year.</summary>
    NotReported,
}

/// <summary>GDP per capita of one economy in one year, in current US$; NaN with a <see cref="Reason"/> when missing.</summary>
public readonly record struct GdpPerCapitaValue(double Usd, GdpMissingReason Reason)
{
    public bool IsAvailable => Reason == GdpMissingReason.None;
}

/// <summary>
/// World Bank GDP per capita (current US$, WDI indicator NY.GDP.PCAP.CD) by economy and year: an immutable lookup
/// (ISO3, year) → value. The bundled table (data/gdp/README.md) covers 217 economies, 1995–2022.
/// </summary>
public sealed class GdpPerCapita
{
    /// <summary>The tidy layout's header.</summary>
    public static readonly IReadOnlyList<string> Columns = ["iso3", "year", "gdppc_usd"];

    private const string ResourceName = "TradeScope.Bundled.gdp.gdp_per_capita.csv";
    private static readonly Lazy<GdpPerCapita> BundledTable = new(() =>
    {
        using var stream =
            typeof(GdpPerCapita).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"bundled resource {ResourceName} is missing from the TradeScope assembly");
        using var reader = new StreamReader(stream);
        return Parse(
            reader,
            "bundled:data/gdp/gdp_per_capita.csv",
            "World Bank, World Development Indicators, NY.GDP.PCAP.CD (GDP per capita, current US$), CC BY 4.0"
        );
    });

    private readonly FrozenDictionary<CountryCode, double[]> _values; // by economy: values for FirstYear..LastYear, NaN = not reported

    private GdpPerCapita(FrozenDictionary<CountryCode, double[]> values, int firstYear, int lastYear, Provenance provenance)
    {
        _values = values;
        FirstYear = firstYear;
        LastYear = lastYear;
        Provenance = provenance;
        Economies = [.. values.Keys.Order()];
    }

    /// <summary>The bundled World Bank table (read once from the assembly).</summary>
    public static GdpPerCapita Bundled => BundledTable.Value;

    public int FirstYear { get; }
    public int LastYear { get; }
    public Provenance Provenance { get; }

    /// <summary>The economies in the table, in code order.</summary>
    public IReadOnlyList<CountryCode> Economies { get; }

    /// <summary>GDP per capita of <paramref name="economy"/> in <paramref name="year"/> (current US$), or NaN with the reason.</summary>
    public GdpPerCapitaValue Get(CountryCode economy, int year)
    {
        if (!_values.TryGetValue(economy, out var series))
            return new(double.NaN, GdpMissingReason.UnknownEconomy);
        if (year < FirstYear || year > LastYear)
            return new(double.NaN, GdpMissingReason.YearOutsideCoverage);
        var value = series[year - FirstYear];
        return double.IsNaN(value) ? new(double.NaN, GdpMissingReason.NotReported) : new(value, GdpMissingReason.None);
    }

    /// <summary>The value, or NaN when missing (see <see cref="Get"/> for the reason).</summary>
    public double this[CountryCode economy, int year] => Get(economy, year).Usd;

    /// <summary>Reads a table in the tidy layout <c>iso3,year,gdppc_usd</c> from a file (an empty value = not reported).</summary>
    /// <exception cref="InputException">Missing file, wrong header, or a bad line (reported as file:line).</exception>
    public static GdpPerCapita Load(string path)
    {
        using var reader = new StreamReader(CsvTable.OpenFile(path));
        return Parse(reader, path, $"GDP per capita from {Path.GetFileName(path)}");
    }

    /// <summary>Parses the tidy layout: header <c>iso3,year,gdppc_usd</c>; one row per economy × year; values positive
    /// and finite, or empty when not reported. Years need not be contiguous in the file; absent years read as not reported.
    /// Records are read by <see cref="CsvTable.Records"/> (RFC 4180: quoted fields may hold commas).</summary>
    /// <exception cref="InputException">Wrong header, wrong field count, bad quoting, code, year or value, or a duplicate row.</exception>
    public static GdpPerCapita Parse(TextReader reader, string file, string source)
    {
        string[]? names = null;
        var rows = new Dictionary<(CountryCode Economy, int Year), double>();
        long lineNumber = 1;
        foreach (var (line, record) in CsvTable.Records(reader, file))
        {
            lineNumber = line;
            if (names is null)
            {
                names = record.Select(h => h.Trim()).ToArray();
                if (CsvTable.ForeignSeparator(file, names) is { } separated)
                    throw separated;
                if (!names.SequenceEqual(Columns, StringComparer.OrdinalIgnoreCase))
                    throw InputException.At(
                        file,
                        line,
                        $"header is {InputText.Quote(string.Join(',', names), 120)}; expected {string.Join(',', Columns)}"
                    );
                continue;
            }
            if (record.Length != Columns.Count)
                throw CsvTable.FieldCount(file, line, record.Length, Columns.Count);
            var fields = new CsvRecord(line, record);
            if (!CountryCode.TryParse(fields[0], out var economy))
                throw InputException.At(file, line, $"{InputText.Quote(fields[0])} is not a three-letter ISO3 code");
            if (!int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
                throw InputException.At(file, line, $"{InputText.Quote(fields[1])} is not a year");
            if (CsvTable.YearProblem(fields[1], out _) is { } outside)
                throw InputException.At(file, line, outside);
            var text = fields[2];
            var value = double.NaN;
            if (
                text.Length > 0
                && (
                    !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)
                    || !double.IsFinite(value)
                    || value <= 0
                )
            )
                throw InputException.At(
                    file,
                    line,
                    $"{InputText.Quote(text)} is not a positive number of US$ (leave the field empty when there is no value)"
                );
            if (!rows.TryAdd((economy, year), value))
                throw InputException.At(file, line, $"duplicate row for {economy} {year}");
        }
        if (names is null)
            throw InputException.At(file, 1, $"empty file: expected the header {string.Join(',', Columns)}");
        if (rows.Count == 0)
            throw InputException.At(file, lineNumber, "no data rows");

        var first = rows.Keys.Min(k => k.Year);
        var last = rows.Keys.Max(k => k.Year);
        var values = new Dictionary<CountryCode, double[]>();
        foreach (var ((economy, year), value) in rows)
        {
            if (!values.TryGetValue(economy, out var series))
            {
                series = new double[last - first + 1];
                Array.Fill(series, double.NaN);
                values[economy] = series;
            }
            series[year - first] = value;
        }
        var reported = rows.Values.Count(v => !double.IsNaN(v));
        var provenance = new Provenance(source, file).WithNote(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{values.Count} economies, {first}–{last}; {reported} values, {rows.Count - reported} rows not reported"
            ),
            string.Create(
                CultureInfo.InvariantCulture,
                $"экономик: {values.Count}, {first}–{last}; значений: {reported}, строк без данных: " +
                    $"" + $"{rows.Count - reported}"
            )
        );
        return new GdpPerCapita(values.ToFrozenDictionary(), first, last, provenance);
    }
}
