using System.Globalization;
using TradeScope.Core;
using TradeScope.Model;

namespace TradeScope.Data.Products;

/// <summary>
/// A small tidy table of exports by country and product in any code scheme (ISO3 or not, HS or SITC or anything):
/// columns <c>country,product,value</c>, optional <c>partner</c> (importer) and <c>year</c>; extra columns ignored.
/// Read whole, for <c>tradescope products … --data FILE</c>; large product-level data go through the product store.
/// </summary>
public static class CountryProductFile
{
    /// <summary>The rows of the file (partner <see cref="ProductStore.World"/> without a partner column; year 0 without a
    /// year column), restricted to <paramref name="year"/> when the file has a year column.</summary>
    /// <exception cref="InputException">Missing file or column, an empty code, a value that is not a finite number
    /// or is negative, a duplicate key, or no rows for the year: "file:line: message".</exception>
    public static IReadOnlyList<ProductFlowTotal> Load(string path, int? year = null)
    {
        var table = CsvTable.Load(path);
        var country = table.Require("country");
        var product = table.Require("product");
        var value = table.Require("value");
        var partner = table.IndexOf("partner");
        var yearColumn = table.IndexOf("year");
        var rows = new List<ProductFlowTotal>(table.Rows.Count);
        var seen = new Dictionary<(int, string, string, string), long>();
        foreach (var record in table.Rows)
        {
            var rowYear = 0;
            if (yearColumn >= 0)
            {
                if (CsvTable.YearProblem(record[yearColumn], out rowYear) is { } problem)
                    throw InputException.At(path, record.Line, problem);
                if (year is { } only && rowYear != only)
                    continue;
            }
            var c = Code(path, record, country, "country");
            var k = Code(path, record, product, "product");
            var p = partner >= 0 ? Code(path, record, partner, "partner") : ProductStore.World;
            var text = record[value];
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || !double.IsFinite(v))
                throw InputException.At(path, record.Line, $"value {InputText.Quote(text)} is not a number");
            if (v < 0)
                throw InputException.At(path, record.Line, $"negative value {text}; exports cannot be negative, fix or remove the row");
            if (!seen.TryAdd((rowYear, c, p, k), record.Line))
                throw InputException.At(
                    path,
                    record.Line,
                    $"duplicate row for {c}->{p} product {k} (first at line {seen[(rowYear, c, p, k)]}); keep one row per key"
                );
            rows.Add(new ProductFlowTotal(rowYear, c, p, k, v));
        }
        if (rows.Count == 0)
            throw InputException.At(path, 1, year is { } y ? $"no rows for {y}; choose a year present in the file" : "no data rows");
        return rows;
    }

    private static string Code(string path, CsvRecord record, int column, string name)
    {
        var text = record[column];
        return text.Length > 0 ? text : throw InputException.At(path, record.Line, $"empty {name} code");
    }
}
