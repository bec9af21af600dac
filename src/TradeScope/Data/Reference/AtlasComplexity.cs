using System.Collections.Frozen;
using System.Globalization;
using TradeScope.Core;

namespace TradeScope.Data.Reference;

/// <summary>
/// The Atlas of Economic Complexity's published indices (Harvard Growth Lab; data/ref/complexity/README.md): the
/// Economic Complexity Index of each country and year (HS 1992 basis) and the Product Complexity Index of each HS 1992
/// heading (4 digits) and year, 1995–2023. Immutable; a value the Atlas does not publish is absent, never 0.
/// </summary>
public sealed class AtlasComplexity
{
    private static readonly Lazy<AtlasComplexity> BundledTable = new(() =>
    {
        using var eci = new StreamReader(TradeScope.Data.Bundled.Open("complexity", "atlas_eci.csv"));
        using var pciStream = new System.IO.Compression.GZipStream(
            TradeScope.Data.Bundled.Open("complexity", "atlas_pci.csv.gz"),
            System.IO.Compression.CompressionMode.Decompress
        );
        using var pci = new StreamReader(pciStream);
        return Parse(
            eci,
            TradeScope.Data.Bundled.Location("ref/complexity", "atlas_eci.csv"),
            pci,
            TradeScope.Data.Bundled.Location("ref/complexity", "atlas_pci.csv.gz")
        );
    });

    private readonly FrozenDictionary<(string Country, int Year), double> _eci;
    private readonly FrozenDictionary<(string Heading, int Year), double> _pci;

    private AtlasComplexity(FrozenDictionary<(string, int), double> eci, FrozenDictionary<(string, int), double> pci, Provenance provenance)
    {
        _eci = eci;
        _pci = pci;
        Provenance = provenance;
        Years = [.. eci.Keys.Select(k => k.Item2).Distinct().Order()];
    }

    /// <summary>The bundled Atlas tables (read once).</summary>
    public static AtlasComplexity Bundled => BundledTable.Value;

    /// <summary>Where the tables came from.</summary>
    public Provenance Provenance { get; }

    /// <summary>Years with ECI values.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>ECI (HS 1992) of the country in the year, or null when the Atlas does not rank it.</summary>
    public double? Eci(string iso3, int year) => _eci.TryGetValue((iso3.ToUpperInvariant(), year), out var v) ? v : null;

    /// <summary>Every country's ECI in the year (ISO3 → ECI).</summary>
    public IReadOnlyDictionary<string, double> EciOf(int year) =>
        _eci.Where(p => p.Key.Year == year).ToDictionary(p => p.Key.Country, p => p.Value, StringComparer.Ordinal);

    /// <summary>PCI of an HS 1992 heading (4 digits) in the year, or null when the Atlas does not publish it.</summary>
    public double? Pci(string hs4, int year) => _pci.TryGetValue((hs4, year), out var v) ? v : null;

    /// <summary>Every heading's PCI in the year (HS4 → PCI).</summary>
    public IReadOnlyDictionary<string, double> PciOf(int year) =>
        _pci.Where(p => p.Key.Year == year).ToDictionary(p => p.Key.Heading, p => p.Value, StringComparer.Ordinal);

    /// <summary>Parses <c>year,location_code,eci_hs92[,...]</c> and <c>year,hs_product_code,product_complexity_index</c>.</summary>
    /// <exception cref="InputException">A missing column, a bad year, code or value, or a duplicate key (file:line).</exception>
    public static AtlasComplexity Parse(TextReader eci, string eciFile, TextReader pci, string pciFile)
    {
        var eciValues = Values(CsvTable.Parse(eci, eciFile), "location_code", "eci_hs92", code => code.Length == 3);
        var pciValues = Values(CsvTable.Parse(pci, pciFile), "hs_product_code", "product_complexity_index", IsHeading);
        var source = new Bilingual(
            "Atlas of Economic Complexity, Harvard Growth Lab (ECI and PCI, HS 1992)",
            "Атлас экономической сложности, Harvard Growth Lab (ECI и PCI, ГС 1992)"
        );
        return new AtlasComplexity(eciValues, pciValues, new Provenance(source, eciFile + "; " + pciFile));
    }

    /// <summary>The Atlas's code for trade not allocated to a heading; it has no product of its own and is skipped.</summary>
    private const string Unspecified = "XXXX";

    private static bool IsHeading(string code) => code.Length == 4 && code.All(char.IsAsciiDigit);

    private static FrozenDictionary<(string, int), double> Values(
        CsvTable table,
        string keyColumn,
        string valueColumn,
        Func<string, bool> valid
    )
    {
        var year = table.Require("year");
        var key = table.Require(keyColumn);
        var value = table.Require(valueColumn);
        var values = new Dictionary<(string, int), double>();
        foreach (var row in table.Rows)
        {
            if (CsvTable.YearProblem(row[year], out var y) is { } problem)
                throw InputException.At(table.File, row.Line, problem);
            var code = row[key].ToUpperInvariant();
            if (code == Unspecified)
                continue;
            if (!valid(code))
                throw InputException.At(table.File, row.Line, $"{keyColumn} {InputText.Quote(code, 20)} is not a valid code");
            if (row[value].Length == 0)
                continue;
            if (!double.TryParse(row[value], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
                throw InputException.At(table.File, row.Line, $"{valueColumn} {InputText.Quote(row[value], 20)} is not a number");
            if (!values.TryAdd((code, y), v))
                throw InputException.At(table.File, row.Line, $"{code} {y} occurs twice");
        }
        return values.ToFrozenDictionary();
    }
}
