using System.Text;

namespace TradeScope.Reports.Formats;

/// <summary>RFC 4180 CSV, UTF-8 without BOM, invariant culture, header = column keys.
/// A document with several tables is written long: a leading <c>table</c> column and the union of columns.</summary>
public static class CsvRenderer
{
    /// <summary>The registry entry: <c>--format csv</c>, <c>.csv</c>; machine-readable text with a provenance sidecar.</summary>
    public static readonly OutputFormat Format = new(
        "csv",
        [],
        [".csv"],
        FormatAudience.Machine,
        Binary: false,
        (document, _, output) => Write(document, output)
    )
    {
        ProvenanceSidecar = true,
    };

    public static void Write(ReportDocument document, Stream output)
    {
        var tables = document.Tables.ToList();
        using var writer = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
        if (tables.Count == 1)
        {
            WriteTable(tables[0], writer);
            return;
        }
        var keys = tables.SelectMany(t => t.Columns.Select(c => c.Key)).Distinct().ToList();
        writer.WriteLine(string.Join(',', new[] { "table" }.Concat(keys).Select(Escape)));
        foreach (var table in tables)
        {
            var index = table.Columns.Select((c, i) => (c.Key, i)).ToDictionary(p => p.Key, p => p.i);
            foreach (var row in table.Rows)
                writer.WriteLine(
                    string.Join(
                        ',',
                        new[] { Escape(table.Id) }.Concat(
                            keys.Select(k => index.TryGetValue(k, out var i) ? Escape(Cells.Machine(row[i])) : "")
                        )
                    )
                );
        }
    }

    public static void WriteTable(ReportTable table, TextWriter writer)
    {
        writer.WriteLine(string.Join(',', table.Columns.Select(c => Escape(c.Key))));
        foreach (var row in table.Rows)
            writer.WriteLine(string.Join(',', row.Select(c => Escape(Cells.Machine(c)))));
    }

    public static string Escape(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}
