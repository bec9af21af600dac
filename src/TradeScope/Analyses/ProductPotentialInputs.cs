using System.Globalization;
using TradeScope.Core;
using TradeScope.Data;
using TradeScope.Data.Products;
using TradeScope.Data.Reference;

namespace TradeScope.Analyses;

/// <summary>
/// The optional files of <c>product-potential</c> (docs/methods/product-potential.md#tariffs,
/// docs/methods/product-potential.md#distance): a tariff CSV and a distance CSV.
/// </summary>
public static class ProductPotentialInputs
{
    /// <summary>
    /// A tariff CSV <c>market,product[,exporter],tariff_pct</c>: the ad valorem tariff (%) market j applies to product k
    /// (an HS6 code; a five-digit code gets its lost leading zero back; empty = every product of the market) imported
    /// from the exporter (an ISO3 code; empty or no column = every exporter without a row of its own, e.g. the MFN rate).
    /// Codes are upper-cased; extra columns are ignored.
    /// </summary>
    /// <exception cref="InputException">A missing column, an empty market, a rate that is not a number or is −100 or less,
    /// or a duplicate key (file:line).</exception>
    public static IReadOnlyList<SupplierValue> Tariffs(string path)
    {
        var table = CsvTable.Load(path);
        var market = table.Require("market");
        var product = table.Require("product");
        var rate = table.Require("tariff_pct");
        var exporter = table.IndexOf("exporter");
        var rows = new List<SupplierValue>();
        var seen = new Dictionary<(string?, string, string?), long>();
        foreach (var record in table.Rows)
        {
            var j = record[market].ToUpperInvariant();
            if (j.Length == 0)
                throw InputException.At(path, record.Line, "empty market code; give the importer's ISO3 code");
            var k = Product(record[product]);
            var i = exporter >= 0 && record[exporter].Length > 0 ? record[exporter].ToUpperInvariant() : null;
            var text = record[rate];
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var t) || !double.IsFinite(t))
                throw InputException.At(path, record.Line, $"tariff_pct {InputText.Quote(text)} is not a number; give a rate in %");
            if (t <= -100)
                throw InputException.At(path, record.Line, $"tariff_pct {text} is −100 % or less; give an ad valorem rate in %");
            if (!seen.TryAdd((i, j, k), record.Line))
                throw InputException.At(
                    path,
                    record.Line,
                    $"duplicate row for market {j}, product {k ?? "(all)"}, exporter {i ?? "(all)"} (first at line {seen[(i, j, k)]}); "
                        + "keep one row per key"
                );
            rows.Add(new SupplierValue(i, j, k, t));
        }
        if (rows.Count == 0)
            throw InputException.At(path, 1, "no tariff rows");
        return rows;
    }

    /// <summary>
    /// A distance CSV, either CEPII GeoDist's layout (<c>iso_o,iso_d,dist</c>, other columns ignored) or
    /// <c>exporter,market,distance_km</c>: kilometres between two economies (ISO3). A pair absent in one direction is
    /// looked up in the other.
    /// </summary>
    /// <exception cref="InputException">Missing columns, an empty code, or a distance that is not a positive number
    /// (file:line).</exception>
    public static (Func<string, string, double?> Distances, Provenance Source) Distances(string path)
    {
        var table = CsvTable.Load(path);
        var geoDist = table.IndexOf("iso_o") >= 0;
        var origin = table.Require(geoDist ? "iso_o" : "exporter");
        var destination = table.Require(geoDist ? "iso_d" : "market");
        var distance = table.Require(geoDist ? "dist" : "distance_km");
        var pairs = new Dictionary<(string, string), double>();
        foreach (var record in table.Rows)
        {
            var o = record[origin].ToUpperInvariant();
            var d = record[destination].ToUpperInvariant();
            if (o.Length == 0 || d.Length == 0)
                throw InputException.At(path, record.Line, "empty country code; give ISO3 codes");
            var text = record[distance];
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var km) || !double.IsFinite(km) || km <= 0)
                throw InputException.At(path, record.Line, $"distance {InputText.Quote(text)} is not a positive number of kilometres");
            pairs[(o, d)] = km;
        }
        Func<string, string, double?> lookup = (o, d) =>
            pairs.TryGetValue((o, d), out var km) ? km
            : pairs.TryGetValue((d, o), out km) ? km
            : null;
        var source = new Bilingual("Distances between economies, km", "Расстояния между странами, км");
        return (lookup, new Provenance(source, path));
    }

    /// <summary>The default distances: the bundled CEPII GeoDist table (<c>dist</c>, km between the main cities; Mayer and
    /// Zignago 2011), as <see cref="GeoDistances.Bundled"/> holds it.</summary>
    public static (Func<string, string, double?> Distances, Provenance Source) BundledDistances()
    {
        var geo = GeoDistances.Bundled;
        return ((o, d) => geo.Find(o, d)?.DistanceKm, geo.Provenance);
    }

    private static string? Product(string text)
    {
        if (text.Length == 0 || text == "*")
            return null;
        return text.Length == 5 && text.All(char.IsAsciiDigit) ? "0" + text : text;
    }
}
